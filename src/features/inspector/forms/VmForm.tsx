import type { Vm } from '../../../core/topology/schema';
import { parseAddress, parseRequiredText } from '../draft';
import { plainOptions, SelectField } from '../fields/SelectField';
import { SwitchField } from '../fields/SwitchField';
import { TextField } from '../fields/TextField';
import { usePatch } from '../useEdit';
import { NameField } from './NameField';
import { SecondaryIps } from './SecondaryIps';

const OS = ['windows', 'ubuntu', 'rhel', 'suse', 'debian', 'linux'] as const;

/** Edits a VM: name, guest OS, its NIC and addresses, and whether its subnet has a NAT Gateway. */
export function VmForm({ vm }: { vm: Vm }) {
  const patch = usePatch('vm', vm.name);
  return (
    <>
      <NameField kind="vm" name={vm.name} />
      <SelectField
        label="Operating system"
        value={vm.os}
        options={plainOptions(OS)}
        onChange={(os) => patch({ os: os as Vm['os'] })}
        hint="Chooses the guest configuration script flavour."
      />
      <fieldset className="inspector__group">
        <legend>Network interface</legend>
        <TextField
          label="NIC name"
          value={vm.nic.name}
          parse={(raw) => parseRequiredText(raw, 'NIC name')}
          onCommit={(name) => patch({ nic: { ...vm.nic, name } })}
          hint="As the guest names it: Ethernet, eth0."
        />
        <TextField label="Primary IP" value={vm.nic.ip} parse={parseAddress} onCommit={(ip) => patch({ nic: { ...vm.nic, ip } })} mono />
        <SecondaryIps vm={vm} />
      </fieldset>
      <SwitchField
        label="Subnet uses a NAT Gateway"
        checked={vm.natGateway ?? false}
        onChange={(natGateway) => patch({ natGateway })}
        hint="Lifts the floating-IP-on-secondary-IP restriction."
      />
    </>
  );
}
