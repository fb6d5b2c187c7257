// Where each element of an imported topology is in the input, so `floatplan check` can point at it (docs/check.md).
import type { ElementKind } from '../diagnostics/diagnostic';

/** One element of the topology and its place in the input the importer read. */
export interface ElementOrigin {
  kind: ElementKind;
  name: string;
  /** ARM: the JSON path of the element's object (`resources[2].properties.loadBalancingRules[0]`); Terraform: the resource address (`azurerm_lb_rule.web`), a frontend `azurerm_lb.lb.frontend_ip_configuration[0]`. */
  path: string;
  /** The load balancer the element belongs to, when the input holds several (absent for VMs and single imports). */
  loadBalancer?: string;
  /** Bicep: the 1-based line of the element in the Bicep file (the path is then the ARM path of the translated template). */
  line?: number;
}
