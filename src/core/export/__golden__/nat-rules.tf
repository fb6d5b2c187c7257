# Floatplan export: Terraform configuration (azurerm provider v4) for the topology "Inbound NAT rules".
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
  description = "Resource id of the Standard public IP for the frontend FIP1 (planned address 203.0.113.10; Azure assigns it)."
}

variable "public_ip_address_id_FIP2" {
  type        = string
  description = "Resource id of the Standard public IP for the frontend FIP2 (planned address 203.0.113.11; Azure assigns it)."
}

variable "vm_subnet_id" {
  type        = string
  description = "Resource id of the subnet that holds the VM network interfaces."
}

# What the planner knows that Azure does not hold; Terraform ignores these, Floatplan's import reads them back.
locals {
  floatplan_topology           = "Inbound NAT rules"
  floatplan_description        = "A load-balanced web rule plus two inbound NAT rules: floating to a secondary IP configuration, and RDP to one VM."
  floatplan_frontend_addresses = [
    { frontend = "FIP1", address = "203.0.113.10" },
    { frontend = "FIP2", address = "203.0.113.11" },
  ]
}

resource "azurerm_lb" "lb" {
  name                = "lb-nat"
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

resource "azurerm_lb_backend_address_pool" "pool" {
  loadbalancer_id = azurerm_lb.lb.id
  name            = "pool"
}

resource "azurerm_lb_probe" "health" {
  loadbalancer_id     = azurerm_lb.lb.id
  name                = "health"
  protocol            = "Tcp"
  port                = 8081
  interval_in_seconds = 5
  probe_threshold     = 1
}

resource "azurerm_lb_rule" "web" {
  loadbalancer_id                = azurerm_lb.lb.id
  name                           = "web"
  protocol                       = "Tcp"
  frontend_port                  = 80
  backend_port                   = 80
  frontend_ip_configuration_name = "FIP1"
  backend_address_pool_ids       = [azurerm_lb_backend_address_pool.pool.id]
  probe_id                       = azurerm_lb_probe.health.id
  floating_ip_enabled            = false
  tcp_reset_enabled              = false
  disable_outbound_snat          = false
  idle_timeout_in_minutes        = 4
  load_distribution              = "Default"
}

resource "azurerm_lb_nat_rule" "sql_listener" {
  resource_group_name            = var.resource_group_name
  loadbalancer_id                = azurerm_lb.lb.id
  name                           = "sql-listener"
  protocol                       = "Tcp"
  frontend_port                  = 1433
  backend_port                   = 1433
  frontend_ip_configuration_name = "FIP2"
  floating_ip_enabled            = true
  tcp_reset_enabled              = true
  idle_timeout_in_minutes        = 15
}

resource "azurerm_lb_nat_rule" "rdp_vm1" {
  resource_group_name            = var.resource_group_name
  loadbalancer_id                = azurerm_lb.lb.id
  name                           = "rdp-vm1"
  protocol                       = "Tcp"
  frontend_port                  = 50001
  backend_port                   = 3389
  frontend_ip_configuration_name = "FIP1"
  floating_ip_enabled            = false
  tcp_reset_enabled              = false
  idle_timeout_in_minutes        = 4
}

# The VMs' network interfaces as planned, and their pool memberships and NAT rule targets (set on the NIC in Azure). If the VMs exist
# already, bring their NICs under Terraform with import blocks, or delete these and associate your own NICs.
resource "azurerm_network_interface" "nic_VM1" {
  name                = "VM1-nic"
  resource_group_name = var.resource_group_name
  location            = var.location
  tags = {
    "floatplan-vm"        = "VM1"
    "floatplan-os"        = "windows"
    "floatplan-guest-nic" = "Ethernet"
  }

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = var.vm_subnet_id
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.0.0.4"
    private_ip_address_version    = "IPv4"
    primary                       = true
  }
}

resource "azurerm_network_interface" "nic_VM2" {
  name                = "VM2-nic"
  resource_group_name = var.resource_group_name
  location            = var.location
  tags = {
    "floatplan-vm"          = "VM2"
    "floatplan-os"          = "ubuntu"
    "floatplan-guest-nic"   = "eth0"
    "floatplan-nat-gateway" = "true"
  }

  ip_configuration {
    name                          = "ipconfig1"
    subnet_id                     = var.vm_subnet_id
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.0.0.5"
    private_ip_address_version    = "IPv4"
    primary                       = true
  }

  ip_configuration {
    name                          = "ipconfig2"
    subnet_id                     = var.vm_subnet_id
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.0.0.6"
    private_ip_address_version    = "IPv4"
    primary                       = false
  }
}

resource "azurerm_network_interface_backend_address_pool_association" "pool_member_1" {
  network_interface_id    = azurerm_network_interface.nic_VM1.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurerm_lb_backend_address_pool.pool.id
}

resource "azurerm_network_interface_backend_address_pool_association" "pool_member_2" {
  network_interface_id    = azurerm_network_interface.nic_VM2.id
  ip_configuration_name   = "ipconfig1"
  backend_address_pool_id = azurerm_lb_backend_address_pool.pool.id
}

resource "azurerm_network_interface_nat_rule_association" "sql_listener_target" {
  network_interface_id  = azurerm_network_interface.nic_VM2.id
  ip_configuration_name = "ipconfig2"
  nat_rule_id           = azurerm_lb_nat_rule.sql_listener.id
}

resource "azurerm_network_interface_nat_rule_association" "rdp_vm1_target" {
  network_interface_id  = azurerm_network_interface.nic_VM1.id
  ip_configuration_name = "ipconfig1"
  nat_rule_id           = azurerm_lb_nat_rule.rdp_vm1.id
}
