# A rule whose frontend port nobody gave: the import marks it as a placeholder.

variable "admin_port" {
  type = number
}

resource "azurerm_lb_rule" "admin" {
  name                           = "rule-admin"
  loadbalancer_id                = azurerm_lb.web.id
  protocol                       = "Tcp"
  frontend_port                  = var.admin_port
  backend_port                   = 8443
  frontend_ip_configuration_name = "fe-web"
  backend_address_pool_ids       = [azurerm_lb_backend_address_pool.web.id]
  probe_id                       = azurerm_lb_probe.http.id
}
