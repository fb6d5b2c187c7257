// Entry point of the Azure definition exports (pure, deterministic text).
import { safeFileStem } from '../files/fileName';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { NsgPlan } from '../nsg/plan';
import type { LbTopology } from '../topology/schema';
import { armExport } from './arm';
import { azcliExport } from './azcli';
import { bicepExport } from './bicep';
import { withNsg } from './nsg';
import { withOutboundRules } from './outbound';
import { planExport } from './plan';
import { terraformExport } from './terraform';
import type { ExportFormat, ExportResult } from './types';

const WRITERS = { azcli: azcliExport, arm: armExport, bicep: bicepExport, terraform: terraformExport } as const;
const EXTENSIONS = { azcli: 'sh', arm: 'json', bicep: 'bicep', terraform: 'tf' } as const;

/**
 * Exports a topology as an Azure definition; the notes hold the planner's errors and warnings and the export's own.
 * `diagnostics`: the topology's analysis when the caller already has it (the app's), so it is not run again.
 * `options.nsg`: also write the NSG the load balancer's traffic needs (core/nsg, export/nsg.ts); `options.nsgPlan`
 * replaces that view's own plan (a design's: planDesignNsg).
 * @example exportTopology(topology, 'terraform').text // 'resource "azurerm_lb_rule" … floating_ip_enabled = true …'
 */
export function exportTopology(
  topology: LbTopology,
  format: ExportFormat,
  diagnostics?: readonly Diagnostic[],
  options: { nsg?: boolean; nsgPlan?: NsgPlan } = {},
): ExportResult {
  const plan = planExport(topology, diagnostics);
  // Outbound rules go into the load balancer itself, so before the NSG that follows it (export/outbound.ts).
  const lb = withOutboundRules(format, WRITERS[format](plan), topology);
  return {
    format,
    text: options.nsg ? withNsg(format, lb, topology, options.nsgPlan) : lb,
    fileName: `${safeFileStem(plan.lbName, 'loadbalancer')}.${EXTENSIONS[format]}`,
    notes: plan.notes,
  };
}
