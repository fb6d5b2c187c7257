# Floatplan export: Terraform configuration (azurerm provider v4) for the topology "Two frontends with floating IP (rule type 2)".
# Generated text; deterministic for the same topology.

terraform {
  required_providers {
    azurerm = {
      source  = "hashicorp/azurerm"
      version = "~> 4.0"
    }
  }
}

# Remove this block when the file is used as a module; the root module configures the provider.
provider "azurerm" {
  features {}
}

variable "resource_group_name" {
  type        = string
  description = "Name of the resource group for the load balancer."
}

variable "location" {
  type        = string
  description = "Azure region of the load balancer."
}

variable "public_ip_address_id_FIP1" {
  type        = string
  description = "Resource id of the Standard public IP for the frontend FIP1 (planned address 65.52.0.1; Azure assigns it)."
}

variable "public_ip_address_id_FIP2" {
  type        = string
  description = "Resource id of the Standard public IP for the frontend FIP2 (planned address 65.52.0.2; Azure assigns it)."
}

resource "azurerm_lb" "lb" {
  name                = "lb"
  resource_group_name = var.resource_group_name
  location            = var.location
  sku                 = "Standard"
  sku_tier            = "Regional"

  frontend_ip_configuration {
    name                 = "FIP1"
    public_ip_address_id = var.public_ip_address_id_FIP1
  }

  frontend_ip_configuration {
    name                 = "FIP2"
    public_ip_address_id = var.public_ip_address_id_FIP2
  }
}

# Members (set on each VM NIC, e.g. azurerm_network_interface_backend_address_pool_association): "VM1", "VM2"
resource "azurerm_lb_backend_address_pool" "pool" {
  loadbalancer_id = azurerm_lb.lb.id
  name            = "pool"
}

resource "azurerm_lb_probe" "health1" {
  loadbalancer_id     = azurerm_lb.lb.id
  name                = "health1"
  protocol            = "Tcp"
  port                = 8081
  interval_in_seconds = 5
  probe_threshold     = 1
}

resource "azurerm_lb_probe" "health2" {
  loadbalancer_id     = azurerm_lb.lb.id
  name                = "health2"
  protocol            = "Tcp"
  port                = 8082
  interval_in_seconds = 5
  probe_threshold     = 1
}

resource "azurerm_lb_rule" "rule1" {
  loadbalancer_id                = azurerm_lb.lb.id
  name                           = "rule1"
  protocol                       = "Tcp"
  frontend_port                  = 80
  backend_port                   = 80
  frontend_ip_configuration_name = "FIP1"
  backend_address_pool_ids       = [azurerm_lb_backend_address_pool.pool.id]
  probe_id                       = azurerm_lb_probe.health1.id
  floating_ip_enabled            = true
  tcp_reset_enabled              = false
  disable_outbound_snat          = false
  idle_timeout_in_minutes        = 4
  load_distribution              = "Default"
}

resource "azurerm_lb_rule" "rule2" {
  loadbalancer_id                = azurerm_lb.lb.id
  name                           = "rule2"
  protocol                       = "Tcp"
  frontend_port                  = 80
  backend_port                   = 80
  frontend_ip_configuration_name = "FIP2"
  backend_address_pool_ids       = [azurerm_lb_backend_address_pool.pool.id]
  probe_id                       = azurerm_lb_probe.health2.id
  floating_ip_enabled            = true
  tcp_reset_enabled              = false
  disable_outbound_snat          = false
  idle_timeout_in_minutes        = 4
  load_distribution              = "Default"
}
