// Terraform text shared by the Terraform importer's tests.
import type { ImportSuccess } from '../types';

/** A Standard load balancer with one frontend (fe) and one pool (pool). */
export const LB = `
resource "azurerm_lb" "lb" {
  name = "lb"
  sku  = "Standard"
  frontend_ip_configuration {
    name                          = "fe"
    subnet_id                     = "/subscriptions/x/subnets/s"
    private_ip_address_allocation = "Static"
    private_ip_address            = "10.0.0.10"
  }
}
resource "azurerm_lb_backend_address_pool" "pool" {
  loadbalancer_id = azurerm_lb.lb.id
  name            = "pool"
}
`;
/** A load-balancing rule `name` on fe → pool, port 80, with `extra` lines in its block. */
export const rule = (name: string, extra: string) => `
resource "azurerm_lb_rule" "${name}" {
  loadbalancer_id                = azurerm_lb.lb.id
  name                           = "${name}"
  protocol                       = "Tcp"
  frontend_port                  = 80
  backend_port                   = 80
  frontend_ip_configuration_name = "fe"
  backend_address_pool_ids       = [azurerm_lb_backend_address_pool.pool.id]
${extra}
}`;

/** The codes of the diagnostics at one path. */
export const codesAt = (r: ImportSuccess, path: string) => r.diagnostics.filter((d) => d.path === path).map((d) => d.code);

// The first import in a worker starts the wasm parser (seconds on a busy 2-core machine).
export const TIMEOUT = 60_000;
