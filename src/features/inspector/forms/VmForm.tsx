import type { Vm } from '../../../core/topology/schema';
import { parseAddress, parseRequiredText } from '../draft';
import { plainOptions, SelectField } from '../fields/SelectField';
import { SwitchField } from '../fields/SwitchField';
import { TextField } from '../fields/TextField';
import { usePatch } from '../useEdit';
import { NameField } from './NameField';
import { SecondaryIps } from './SecondaryIps';
import { useLanguage, useT } from '../../../i18n/useT';
import { messages } from '../messages';

const OS = ['windows', 'ubuntu', 'rhel', 'suse', 'debian', 'linux'] as const;

/** Edits a VM: name, guest OS, its NIC and addresses, and whether its subnet has a NAT Gateway. */
export function VmForm({ vm }: { vm: Vm }) {
  const t = useT(messages);
  const language = useLanguage();
  const patch = usePatch('vm', vm.name);
  return (
    <>
      <NameField kind="vm" name={vm.name} />
      <SelectField
        label={t('os')}
        value={vm.os}
        options={plainOptions(OS)}
        onChange={(os) => patch({ os: os as Vm['os'] })}
        hint={t('osHint')}
      />
      <fieldset className="inspector__group">
        <legend>{t('nic')}</legend>
        <TextField
          label={t('nicName')}
          value={vm.nic.name}
          parse={(raw) => parseRequiredText(raw, t('nicNameWhat'), language)}
          onCommit={(name) => patch({ nic: { ...vm.nic, name } })}
          hint={t('nicHint')}
        />
        <TextField
          label={t('primaryIp')}
          value={vm.nic.ip}
          parse={(raw) => parseAddress(raw, language)}
          onCommit={(ip) => patch({ nic: { ...vm.nic, ip } })}
          mono
        />
        <SecondaryIps vm={vm} />
      </fieldset>
      <SwitchField
        label={t('natGateway')}
        checked={vm.natGateway ?? false}
        onChange={(natGateway) => patch({ natGateway })}
        hint={t('natGatewayHint')}
      />
    </>
  );
}
