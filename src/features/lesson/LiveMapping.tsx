import { lessonRules } from '../../core/lesson/topologies';
import type { ListenOn } from '../../core/model/holder';
import { formatEndpoint } from '../../core/net/address';
import { lbView } from '../../core/topology/design';
import { useT } from '../../i18n/useT';
import { useAnalysis } from '../../store/analysis';
import { useTopologyStore } from '../../store/topologyStore';
import { messages } from './messages';
import { Table } from '../../lib/ui/Table';
import { Endpoint } from '../../lib/ui/Endpoint';

/** The text of each place a listen address can live. */
const LISTENS_ON = { nic: 'nic', loopback: 'loopback', cluster: 'clusterNic', none: 'forwarded' } as const satisfies Record<
  ListenOn,
  string
>;

/** What each VM receives for the lesson's rules, from the planner's mapping of the canvas right now. */
export function LiveMapping() {
  const t = useT(messages);
  const topology = lbView(
    useTopologyStore((s) => s.topology),
    0,
  );
  const rows = useAnalysis().parts[0]?.analysis.rows ?? [];
  let names: Set<string>;
  try {
    names = new Set(lessonRules(topology).map((r) => r.name));
  } catch {
    names = new Set(topology.rules.map((r) => r.name));
  }
  const shown = rows.filter((r) => names.has(r.rule));
  if (shown.length === 0) return <p className="lesson__status">{t('noRows')}</p>;
  return (
    <div className="lesson__table-wrap">
      <Table caption={t('mappingCaption')} columns={[t('rule'), t('vm'), t('destination'), t('listensOn')]}>
        {shown.map((r) => (
          <tr key={`${r.rule}\u0000${r.vm}\u0000${r.memberIp}`} data-rule={r.rule} data-vm={r.vm}>
            <td>{r.rule}</td>
            <td>{r.vm}</td>
            <td data-column="destination">
              <Endpoint>{formatEndpoint(r.destinationIp, r.destinationPort)}</Endpoint>
            </td>
            <td>{t(LISTENS_ON[r.listenOn])}</td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
