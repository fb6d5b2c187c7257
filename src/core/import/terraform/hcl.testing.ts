// HCL shared by the Terraform importer's tests.

/** A Standard azurerm_lb's body after its name: the SKU and one static private frontend "fe" at `var.ip`. */
export const STANDARD_STATIC_FRONTEND = `  sku  = "Standard"
  frontend_ip_configuration {
    name                          = "fe"
    subnet_id                     = "/subscriptions/x/subnets/s"
    private_ip_address_allocation = "Static"
    private_ip_address            = var.ip
  }`;
