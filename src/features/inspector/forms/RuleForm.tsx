import type { Rule } from '../../../core/topology/schema';
import { useTopologyStore } from '../../../store/topologyStore';
import { SelectField, type Option } from '../fields/SelectField';
import { SwitchField } from '../fields/SwitchField';
import { usePatch } from '../useEdit';
import { GoToButton } from './GoToButton';
import { NameField } from './NameField';
import { RuleAdvanced } from './RuleAdvanced';
import { RulePorts } from './RulePorts';
import { RuleProbe } from './RuleProbe';

/** Edits a load-balancing rule: wiring, protocol and ports, floating IP, probe and the finer settings. */
export function RuleForm({ rule }: { rule: Rule }) {
  const topology = useTopologyStore((s) => s.topology);
  const patch = usePatch('rule', rule.name);
  return (
    <>
      <NameField kind="rule" name={rule.name} />
      <SelectField
        label="Frontend"
        value={rule.frontend}
        options={referenceOptions(topology.frontends, (f) => `${f.name} (${f.ip})`)}
        onChange={(frontend) => patch({ frontend })}
      />
      {topology.frontends.some((f) => f.name === rule.frontend) && <GoToButton kind="frontend" name={rule.frontend} label="frontend" />}
      <SelectField
        label="Backend pool"
        value={rule.backendPool}
        options={referenceOptions(topology.backendPools, (p) => `${p.name} (${p.members.length} members)`)}
        onChange={(backendPool) => patch({ backendPool })}
      />
      {topology.backendPools.some((p) => p.name === rule.backendPool) && <GoToButton kind="backendPool" name={rule.backendPool} label="pool" />}
      <RulePorts rule={rule} />
      <SwitchField
        label="Floating IP"
        asSwitch
        checked={rule.floatingIp}
        onChange={(floatingIp) => patch({ floatingIp })}
        hint={rule.floatingIp ? 'On: VMs receive the frontend IP and must hold it on a loopback.' : "Off: VMs receive their own NIC's IP."}
      />
      <RuleProbe rule={rule} />
      <RuleAdvanced rule={rule} />
    </>
  );
}

/** Options for a reference select: every element of that kind, plus "not connected" ("" in the format). */
function referenceOptions<T extends { name: string }>(items: readonly T[], label: (item: T) => string): Option[] {
  return [{ value: '', label: 'Not connected' }, ...items.map((item) => ({ value: item.name, label: label(item) }))];
}
