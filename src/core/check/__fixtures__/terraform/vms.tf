# Two web servers in the pool.

resource "azurerm_network_interface" "web1" {
  name                = "nic-web1"
  location            = "westeurope"
  resource_group_name = "rg-web"

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = "/subscriptions/0000/resourceGroups/rg-web/providers/Microsoft.Network/virtualNetworks/vnet/subnets/web"
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.1.0.4"
  }
}

resource "azurerm_linux_virtual_machine" "web1" {
  name                  = "vm-web1"
  location              = "westeurope"
  resource_group_name   = "rg-web"
  size                  = "Standard_D2s_v5"
  admin_username        = "azureuser"
  network_interface_ids = [azurerm_network_interface.web1.id]
}

resource "azurerm_network_interface_backend_address_pool_association" "web1" {
  network_interface_id    = azurerm_network_interface.web1.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurerm_lb_backend_address_pool.web.id
}
