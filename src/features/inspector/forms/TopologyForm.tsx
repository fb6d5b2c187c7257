import type { Topology } from '../../../core/topology/schema';
import { useTopologyStore } from '../../../store/topologyStore';
import { parseAnyText } from '../draft';
import { TextField } from '../fields/TextField';
import { useT } from '../../../i18n/useT';
import { messages } from '../messages';

/** The topology's title and description: they belong to the whole design, not to one load balancer. */
export function TopologyForm() {
  const t = useT(messages);
  const name = useTopologyStore((s) => s.topology.name);
  const description = useTopologyStore((s) => s.topology.description);
  const apply = useTopologyStore((s) => s.apply);
  const set = (patch: Partial<Pick<Topology, 'name' | 'description'>>) =>
    apply((current) => {
      const next = { ...current, ...patch };
      if (next.description === undefined) delete next.description;
      return next;
    });
  return (
    <>
      <TextField label={t('topologyName')} value={name} parse={parseAnyText} onCommit={(value) => set({ name: value })} />
      <TextField
        label={t('description')}
        multiline
        value={description ?? ''}
        parse={parseAnyText}
        onCommit={(d) => set({ description: d === '' ? undefined : d })}
      />
    </>
  );
}
