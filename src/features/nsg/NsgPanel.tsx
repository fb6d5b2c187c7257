import { useId, useMemo, useState } from 'react';
import { messageOf, type Diagnostic } from '../../core/diagnostics/diagnostic';
import { planDesignNsg } from '../../core/nsg/designPlan';
import { isClientRange, nsgRulesForVm, type NsgPlanRule } from '../../core/nsg/plan';
import { useLanguage, useT } from '../../i18n/useT';
import { Callout } from '../../lib/ui/Callout';
import { CodeInput, Select } from '../../lib/ui/Field';
import { Finding, FindingList } from '../../lib/ui/Finding';
import { Table } from '../../lib/ui/Table';
import { useShown } from '../../lib/useShown';
import { useAnalysis } from '../../store/analysis';
import { usePickedLb } from '../../store/lbPick';
import { useTopologyStore } from '../../store/topologyStore';
import { messages } from './messages';
import './nsg.css';

const NSG_CODES = new Set<string>(['NsgBlocksLoadBalancerTraffic', 'NsgBlocksHealthProbe']);

/**
 * The NSG tab: the inbound security rules a load balancer's traffic needs (core/nsg/plan.ts), the rules per VM,
 * and where the topology's own NSGs block that traffic (the core's NSG diagnostics). With several load balancers,
 * one at a time: a picker says which.
 */
export function NsgPanel() {
  const t = useT(messages);
  const language = useLanguage();
  const lb = usePickedLb();
  const topology = lb.view;
  const whole = useTopologyStore((s) => s.topology);
  const several = whole.loadBalancers.length > 1;
  const pickerId = useId();
  const { diagnostics } = useAnalysis();
  const [rootRef, shown] = useShown<HTMLDivElement>();
  // The client range replaces the Internet / VirtualNetwork tag as the source of client traffic (CLI: --source).
  const [range, setRange] = useState('');
  const rangeId = useId();
  const source = range.trim() !== '' && isClientRange(range.trim()) ? range.trim() : undefined;
  const badRange = range.trim() !== '' && source === undefined;
  // Only while the tab is open: hidden tabs stay mounted, and an edit should not re-plan what nobody sees. The whole
  // design, for the flows a Global rule with floating IP brings to this load balancer's VMs.
  const plan = useMemo(() => (shown ? planDesignNsg(whole, lb.name, { source }) : undefined), [shown, whole, lb.name, source]);
  const findings = useMemo(
    () => diagnostics.filter((d) => NSG_CODES.has(d.code) && (!several || d.loadBalancer === undefined || d.loadBalancer === lb.name)),
    [diagnostics, several, lb.name],
  );
  const own = topology.networkSecurityGroups ?? [];

  const purpose = (r: NsgPlanRule) => {
    const { kind, name, floatingIp } = r.purpose;
    const what = t(kind === 'probe' ? 'forProbe' : kind === 'natRule' ? 'forNatRule' : 'forRule', { name });
    return floatingIp ? `${what} (${t('floating')})` : what;
  };

  return (
    <div ref={rootRef} className="nsg">
      <p className="nsg-note">{t('intro')}</p>
      {several && (
        <div className="nsg-range">
          <label htmlFor={pickerId}>{t('loadBalancer')}</label>
          <Select id={pickerId} value={lb.name} onChange={(e) => lb.pick(e.target.value)} data-nsg-lb>
            {lb.names.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </div>
      )}
      <div className="nsg-range">
        <label htmlFor={rangeId}>{t('clientRange')}</label>
        <CodeInput
          id={rangeId}
          value={range}
          placeholder={t('clientRangePlaceholder')}
          aria-invalid={badRange}
          aria-describedby={`${rangeId}-hint`}
          onChange={(e) => setRange(e.target.value)}
        />
        <span id={`${rangeId}-hint`} className="nsg-note">
          {badRange ? t('clientRangeInvalid') : t('clientRangeHint')}
        </span>
      </div>
      {plan?.openByDefault && <Callout tone="info">{t('basic')}</Callout>}
      {plan && plan.rules.length === 0 && <p className="nsg-note">{t('nothing')}</p>}
      {plan && plan.rules.length > 0 && (
        <>
          <Table
            caption={
              several
                ? t('captionLb', { lb: lb.name, nsg: plan.nsgName, vms: plan.vms.join(', ') })
                : t('caption', { nsg: plan.nsgName, vms: plan.vms.join(', ') })
            }
            columns={[t('priority'), t('name'), t('source'), t('destination'), t('ports'), t('protocol'), t('for')]}
            region={t('caption', { nsg: plan.nsgName, vms: plan.vms.join(', ') })}
            striped
          >
            {plan.rules.map((r) => (
              <tr key={r.name} data-nsg-rule={r.name}>
                <td>{r.priority}</td>
                <td>
                  <code>{r.name}</code>
                </td>
                <td>{r.source}</td>
                <td className="nsg-addresses">{r.destinations.join(', ')}</td>
                <td>{r.ports === '*' ? t('allPorts') : r.ports}</td>
                <td>{r.protocol}</td>
                <td>{purpose(r)}</td>
              </tr>
            ))}
          </Table>
          {plan.leftOut > 0 && <Callout tone="warning">{t('leftOut', { n: plan.leftOut })}</Callout>}
          <Table caption={t('perVmCaption')} columns={[t('vm'), t('rules')]}>
            {plan.vms.map((vm) => (
              <tr key={vm} data-nsg-vm={vm}>
                <td>{vm}</td>
                <td>
                  {nsgRulesForVm(plan, vm)
                    .map((r) => r.name)
                    .join(', ')}
                </td>
              </tr>
            ))}
          </Table>
          <p className="nsg-note">{t('exportHint')}</p>
        </>
      )}
      <section className="nsg-own" aria-label={t('yoursTitle')}>
        <h3 className="nsg-heading">{t('yoursTitle')}</h3>
        {own.length === 0 ? (
          <p className="nsg-note">{t('yoursNone')}</p>
        ) : findings.length === 0 ? (
          <p className="nsg-note">{t('yoursFine', { names: own.map((n) => n.name).join(', ') })}</p>
        ) : (
          <FindingList label={t('findingsLabel')}>
            {findings.map((d: Diagnostic, i) => (
              <Finding
                key={`${d.code}\u0000${d.elements.join('\u0000')}\u0000${i}`}
                severity={d.severity}
                severityLabel={t('severityWarning')}
                code={d.code}
              >
                {messageOf(d, language)}
              </Finding>
            ))}
          </FindingList>
        )}
      </section>
    </div>
  );
}
