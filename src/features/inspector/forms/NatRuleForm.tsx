import type { InboundNatRule } from '../../../core/topology/schema';
import { useT } from '../../../i18n/useT';
import { messages } from '../messages';
import { usePatch } from '../useEdit';
import { ConnectionSettings } from './ConnectionSettings';
import { FloatingIpField } from './FloatingIpField';
import { NameField } from './NameField';
import { NatTarget } from './NatTarget';
import { PortFields } from './PortFields';
import { FrontendReference } from './ReferenceField';

/** Edits an inbound NAT rule: frontend, target VM and IP configuration, protocol and ports, floating IP, connection settings. */
export function NatRuleForm({ rule }: { rule: InboundNatRule }) {
  const t = useT(messages);
  const patch = usePatch('natRule', rule.name);
  return (
    <>
      <NameField kind="natRule" name={rule.name} />
      <FrontendReference value={rule.frontend} onChange={(frontend) => patch({ frontend })} />
      <NatTarget rule={rule} />
      {/* No HA ports shortcut: a NAT rule always forwards one port. */}
      <PortFields values={rule} onPatch={patch} frontendExample="50001" backendExample="3389" frontendHint={t('natFrontendPortHint')} />
      <FloatingIpField kind="natRule" checked={rule.floatingIp} onChange={(floatingIp) => patch({ floatingIp })} />
      <ConnectionSettings values={rule} onPatch={patch} />
    </>
  );
}
