import { useMemo, useState } from 'react';
import type { MappingRow } from '../../core/mapping/mapping';
import type { NatMappingRow } from '../../core/mapping/natMapping';
import type { FrontendIpHolder } from '../../core/topology/schema';
import { useUiStore } from '../../store/uiStore';
import { choiceKey, flowChoices, resolvePick, vmsOfRule, type RuleChoice, type TracePick } from './choices';
import { readClient, readDestination, readPort } from './endpoint';
import { modeFields, resolveActive } from './modes';
import type { FlowPath } from './wires';

/** What the picked pair needs besides the core's trace: its frontend address family, HA ports, and its canvas path. */
export interface TracedRow {
  frontendIp: string;
  haPorts: boolean;
  path: FlowPath;
  /** Who holds the frontend IP in the pool's guests; inbound NAT rules: 'every-member'. */
  holder: FrontendIpHolder;
}

/**
 * What the Trace tab traces: the rule × VM (the user's pick, following the rule or inbound NAT rule selected
 * elsewhere in the app), the client endpoint field and, for an HA-ports rule, the destination port field, with
 * their parse results; for a cluster pool the active node, for an appliance pool the destination behind it.
 */
export function useTraceInputs(rows: readonly MappingRow[], natRows: readonly NatMappingRow[]) {
  const selection = useUiStore((s) => s.selection);
  const first = selection[0];
  const selected: RuleChoice | undefined =
    first && (first.kind === 'rule' || first.kind === 'natRule') ? { kind: first.kind, rule: first.name } : undefined;
  const selectedKey = selected && choiceKey(selected);
  const [picked, setPicked] = useState<Partial<TracePick>>({});
  const [seen, setSeen] = useState(selectedKey);
  const [clientText, setClientText] = useState('');
  const [portText, setPortText] = useState('');
  const [activePicked, setActivePicked] = useState<string>();
  const [destinationText, setDestinationText] = useState('');

  // Selecting a rule on the canvas or in the mapping table retargets the trace (state adjusted during render,
  // not in an effect, so no frame shows the old rule).
  if (seen !== selectedKey) {
    setSeen(selectedKey);
    if (selected) setPicked(selected);
  }

  const choices = useMemo(() => flowChoices(rows, natRows), [rows, natRows]);
  const pick = resolvePick(choices, picked, selected);
  // Memoised: the tab re-renders on every selection, and the search runs over the whole mapping.
  const [kind, rule, vm] = [pick?.kind, pick?.rule, pick?.vm];
  const row = useMemo(
    () => (kind && rule !== undefined && vm !== undefined ? tracedRow({ kind, rule, vm }, rows, natRows) : undefined),
    [kind, rule, vm, rows, natRows],
  );
  // A cluster's nodes are the rule's VMs in pool order, as the core counts them; the active one defaults to the first.
  const members = kind && rule !== undefined ? vmsOfRule(choices, { kind, rule }) : [];
  const fields = modeFields(row?.holder);
  return {
    choices,
    pick,
    row,
    pickRule: (rule: RuleChoice) => setPicked(rule),
    pickVm: (vm: string) => setPicked({ ...(pick ? { kind: pick.kind, rule: pick.rule } : {}), vm }),
    clientText,
    setClientText,
    client: readClient(clientText),
    portText,
    setPortText,
    port: readPort(portText),
    fields,
    members,
    active: fields.active ? resolveActive(members, activePicked) : undefined,
    pickActive: setActivePicked,
    destinationText,
    setDestinationText,
    destination: fields.destination ? readDestination(destinationText) : ({ ok: true, value: undefined } as const),
  };
}

function tracedRow(pick: TracePick, rows: readonly MappingRow[], natRows: readonly NatMappingRow[]): TracedRow | undefined {
  if (pick.kind === 'natRule') {
    const nat = natRows.find((r) => r.natRule === pick.rule && r.vm === pick.vm);
    return (
      nat && {
        frontendIp: nat.frontendIp,
        haPorts: false,
        holder: 'every-member',
        path: { kind: 'natRule', frontend: nat.frontend, rule: nat.natRule, vm: nat.vm },
      }
    );
  }
  const row = rows.find((r) => r.rule === pick.rule && r.vm === pick.vm);
  return (
    row && {
      frontendIp: row.frontendIp,
      haPorts: row.haPorts,
      holder: row.frontendIpHolder,
      path: { kind: 'rule', frontend: row.frontend, rule: row.rule, backendPool: row.backendPool, vm: row.vm },
    }
  );
}

/** The inputs and setters useTraceInputs hands back. */
export type TraceInputs = ReturnType<typeof useTraceInputs>;
