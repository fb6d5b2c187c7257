import { memo } from 'react';
import type { GlobalVmRow } from '../../core/mapping/globalMapping';
import { useT } from '../../i18n/useT';
import { Badge } from '../../lib/ui/Badge';
import { Button } from '../../lib/ui/Button';
import { endpointLabel } from './endpoint';
import { messages } from './messages';
import { DeliveryCells, FrontendCell, RowFrame, type RowViewProps } from './RowCells';
import { sameRowProps } from './sameRow';

/**
 * One flow of a Global load balancer to one VM: the Global rule (clicking the row selects it), its frontend, the
 * regional frontend and rule it passes through, and what the VM receives. Memoised like MappingRowView.
 */
export const GlobalMappingRowView = memo(function GlobalMappingRowView({ row, selected, vmSelected, onSelect }: RowViewProps<GlobalVmRow>) {
  const t = useT(messages);
  const regional = row.regionalLoadBalancer;
  const badge = (label: 'globalFloating' | 'regionalFloating', on: boolean) => (
    <Badge tone={on ? 'on' : 'off'}>{t(label, { state: t(on ? 'on' : 'off') })}</Badge>
  );
  return (
    <RowFrame
      self={{ kind: 'rule', name: row.rule, loadBalancer: row.loadBalancer }}
      conflicts={undefined}
      selected={selected}
      vmSelected={vmSelected}
      onSelect={onSelect}
      data={{ 'data-global-rule': row.rule, 'data-regional-lb': regional, 'data-vm': row.vm }}
    >
      <FrontendCell row={row} protocol={row.protocol} loadBalancer={row.loadBalancer} onSelect={onSelect} />
      <td data-column="regional">
        <span className="endpoint">{endpointLabel(row.regionalFrontendIp, row.destinationPort)}</span>
        <span className="sub">
          <Button variant="link" onClick={() => onSelect({ kind: 'frontend', name: row.regionalFrontend, loadBalancer: regional })}>
            {t('regionalFrontendOf', { lb: regional, frontend: row.regionalFrontend })}
          </Button>{' '}
          ·{' '}
          <Button variant="link" onClick={() => onSelect({ kind: 'rule', name: row.regionalRule, loadBalancer: regional })}>
            {row.regionalRule}
          </Button>
        </span>
      </td>
      <DeliveryCells
        row={{ ...row, destinationIp: row.vmDestinationIp, destinationPort: row.vmDestinationPort }}
        onSelect={onSelect}
        floating={
          <>
            {badge('globalFloating', row.floatingIp)} {badge('regionalFloating', row.regionalFloatingIp)}
          </>
        }
      />
    </RowFrame>
  );
}, sameRowProps);
