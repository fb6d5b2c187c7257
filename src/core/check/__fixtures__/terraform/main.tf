# A web tier behind an internal Standard load balancer: two rules collide on backend port 80.

resource "azurerm_lb" "web" {
  name                = "lb-web"
  location            = "westeurope"
  resource_group_name = "rg-web"
  sku                 = "Standard"

  frontend_ip_configuration {
    name                          = "fe-web"
    subnet_id                     = "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Network/virtualNetworks/vnet/subnets/web"
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.1.0.10"
  }

  frontend_ip_configuration {
    name                          = "fe-api"
    subnet_id                     = "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Network/virtualNetworks/vnet/subnets/web"
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.1.0.11"
  }
}

resource "azurerm_lb_backend_address_pool" "web" {
  name            = "pool-web"
  loadbalancer_id = azurerm_lb.web.id
}

resource "azurerm_lb_probe" "http" {
  name            = "probe-http"
  loadbalancer_id = azurerm_lb.web.id
  protocol        = "Tcp"
  port            = 80
}

resource "azurerm_lb_rule" "web" {
  name                           = "rule-web"
  loadbalancer_id                = azurerm_lb.web.id
  protocol                       = "Tcp"
  frontend_port                  = 80
  backend_port                   = 80
  frontend_ip_configuration_name = "fe-web"
  backend_address_pool_ids       = [azurerm_lb_backend_address_pool.web.id]
  probe_id                       = azurerm_lb_probe.http.id
}

resource "azurerm_lb_rule" "api" {
  name                           = "rule-api"
  loadbalancer_id                = azurerm_lb.web.id
  protocol                       = "Tcp"
  frontend_port                  = 80
  backend_port                   = 80
  frontend_ip_configuration_name = "fe-api"
  backend_address_pool_ids       = [azurerm_lb_backend_address_pool.web.id]
  probe_id                       = azurerm_lb_probe.http.id
}
