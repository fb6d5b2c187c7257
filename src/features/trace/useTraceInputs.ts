import { useState } from 'react';
import type { MappingRow } from '../../core/mapping/mapping';
import { useUiStore } from '../../store/uiStore';
import { resolvePick, type TracePick } from './choices';
import { readClient, readPort } from './endpoint';

/**
 * What the Trace tab traces: the rule × VM (the user's pick, following the rule selected elsewhere in the
 * app), the client endpoint field and, for an HA-ports rule, the destination port field, with their parse results.
 */
export function useTraceInputs(rows: readonly MappingRow[]) {
  const selection = useUiStore((s) => s.selection);
  const selectedRule = selection[0]?.kind === 'rule' ? selection[0].name : undefined;
  const [picked, setPicked] = useState<Partial<TracePick>>({});
  const [seenRule, setSeenRule] = useState(selectedRule);
  const [clientText, setClientText] = useState('');
  const [portText, setPortText] = useState('');

  // Selecting a rule on the canvas or in the mapping table retargets the trace (state adjusted during render,
  // not in an effect, so no frame shows the old rule).
  if (seenRule !== selectedRule) {
    setSeenRule(selectedRule);
    if (selectedRule) setPicked({ rule: selectedRule });
  }

  const pick = resolvePick(rows, picked, selectedRule);
  const row = pick && rows.find((r) => r.rule === pick.rule && r.vm === pick.vm);
  return {
    pick,
    row,
    pickRule: (rule: string) => setPicked({ rule }),
    pickVm: (vm: string) => setPicked({ rule: pick?.rule, vm }),
    clientText,
    setClientText,
    client: readClient(clientText),
    portText,
    setPortText,
    port: readPort(portText),
  };
}

/** The inputs and setters useTraceInputs hands back. */
export type TraceInputs = ReturnType<typeof useTraceInputs>;
