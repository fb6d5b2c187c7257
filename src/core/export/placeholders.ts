// Exports never write a placeholder address as a literal (issue 16): a frontend or VM address the import could not
// know becomes a required input of the definition (ARM parameter and Bicep param without default, Terraform variable
// without default, an Azure CLI variable checked with ${X:?}) and a note that says so. Input names are built by
// identifiers() (names.ts), so a hostile element name can never break out of the identifier.
import { render, text } from '../i18n/text';
import { valueAt } from '../placeholders/markers';
import type { Placeholder, LbTopology, Vm } from '../topology/schema';
import { identifiers } from './names';
import type { ExportNote } from './types';

const isMarked = (e: { placeholders?: readonly Placeholder[] }, field: string) =>
  (e.placeholders ?? []).some((p) => p.field === field) && valueAt(e, field) !== undefined;

/**
 * Frontend name → the identifier stem of its required address input, for each frontend whose `ip` is a placeholder.
 * @example frontendInputs(sqlImported.frontends).get('<sqlLBFE>') // '_sqlLBFE_'
 */
export function frontendInputs(frontends: LbTopology['frontends']): Map<string, string> {
  const marked = frontends.filter((f) => isMarked(f, 'ip')).map((f) => f.name);
  return identifiers(marked, 'fe');
}

/**
 * The NIC addresses of a VM that are placeholders, by IP configuration index (0 = primary, 1… = secondary).
 * @example markedNicAddresses(vm) // Set { 0 } when vm.nic.ip is a placeholder
 */
export function markedNicAddresses(vm: Vm): Set<number> {
  const out = new Set<number>();
  if (isMarked(vm, 'nic.ip')) out.add(0);
  vm.nic.secondaryIps?.forEach((_, i) => isMarked(vm, `nic.secondaryIps.${i}`) && out.add(i + 1));
  return out;
}

/**
 * VM name → identifier stem of its NIC address inputs, for each VM with a placeholder NIC address.
 * @example vmInputs(t.vms).get('VM1') // 'VM1'
 */
export function vmInputs(vms: readonly Vm[]): Map<string, string> {
  return identifiers(
    vms.filter((v) => markedNicAddresses(v).size > 0).map((v) => v.name),
    'vm',
  );
}

/** The notes of the inputs: one warning per placeholder address, in English (what exports carry). */
export function placeholderNotes(t: LbTopology): ExportNote[] {
  const inputName = (kind: 'frontend' | 'vm', stem: string, config: number) =>
    `${armInputName(kind, stem, config)} (ARM, Bicep), ${tfInputName(kind, stem, config)} (Terraform), ${cliInputName(kind, stem, config)} (Azure CLI)`;
  const notes: ExportNote[] = [];
  const note = (field: string, element: 'frontend' | 'vm', name: string, value: string, input: string) =>
    notes.push({
      severity: 'warning',
      code: 'ExportPlaceholderInput',
      message: render(
        text('placeholder.exportInput', { field, element: text(`placeholder.element.${element}`, { name }), value, input }),
        'en',
      ),
    });
  const fes = frontendInputs(t.frontends);
  for (const f of t.frontends) if (fes.has(f.name)) note('ip', 'frontend', f.name, f.ip, inputName('frontend', fes.get(f.name)!, 0));
  const vms = vmInputs(t.vms);
  for (const vm of t.vms) {
    const addresses = [vm.nic.ip, ...(vm.nic.secondaryIps ?? [])];
    for (const n of markedNicAddresses(vm)) {
      const field = n === 0 ? 'nic.ip' : `nic.secondaryIps.${n - 1}`;
      note(field, 'vm', vm.name, addresses[n]!, inputName('vm', vms.get(vm.name)!, n));
    }
  }
  return notes;
}

/** ARM/Bicep parameter name of an address input. @example armInputName('frontend', 'fe', 0) // 'frontendIp_fe' */
export function armInputName(kind: 'frontend' | 'vm', stem: string, config: number): string {
  return kind === 'frontend' ? `frontendIp_${stem}` : `vmIp_${stem}_${config + 1}`;
}

/** Terraform variable name of an address input. @example tfInputName('frontend', 'fe', 0) // 'frontend_ip_fe' */
export function tfInputName(kind: 'frontend' | 'vm', stem: string, config: number): string {
  return kind === 'frontend' ? `frontend_ip_${stem}` : `vm_ip_${stem}_${config + 1}`;
}

/** Azure CLI variable of an address input. @example cliInputName('frontend', 'fe', 0) // 'FRONTEND_IP_fe' */
export function cliInputName(kind: 'frontend' | 'vm', stem: string, config: number): string {
  return kind === 'frontend' ? `FRONTEND_IP_${stem}` : `VM_IP_${stem}_${config + 1}`;
}
