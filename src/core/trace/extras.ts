import { isHaPorts } from '../model/protocol';
import { formatEndpoint } from '../net/address';
import type { LbTopology } from '../topology/schema';
import { clusterWords, type ApplianceView, type ClusterView } from './modes';
import { PROBE_SOURCE, type FlowRow, type Trace, type TraceMsg } from './trace';

// The parts of a trace beside its hops: the health probe, the outbound limitation and the notes, per holder mode.
// Every member (the Floating IP page): each VM holds the frontend IP on a loopback and answers the probe. A cluster:
// only the active node holds it (on its NIC) and answers the probe; a passive node's probe fails by design. An
// appliance holds nothing: it forwards packets that keep their original destination.

/**
 * The probe path, outbound path and notes of one traced flow.
 * @example extras(t, row, 4, undefined, undefined, msg).notes[0] // 'The service listens on …'
 */
export function extras(
  topology: LbTopology,
  row: FlowRow,
  family: 4 | 6,
  cluster: ClusterView | undefined,
  appliance: ApplianceView | undefined,
  msg: TraceMsg,
): Pick<Trace, 'probe' | 'outbound' | 'notes'> {
  const probe = row.probe === undefined ? undefined : topology.probes.find((p) => p.name === row.probe);
  const notes: string[] = [];
  const result: Pick<Trace, 'probe' | 'outbound' | 'notes'> = { notes };
  const words = cluster ? clusterWords(cluster.holder, msg) : undefined;
  if (probe) {
    const facts = { vm: row.vm, nicIp: row.memberIp, active: cluster?.active ?? '', listener: words?.listener ?? '' };
    result.probe = {
      probe: probe.name,
      protocol: probe.protocol,
      src: PROBE_SOURCE[family],
      dst: formatEndpoint(row.memberIp, probe.port),
      dstIp: row.memberIp,
      port: probe.port,
      note: msg(cluster ? 'probeNoteCluster' : appliance ? 'probeNoteAppliance' : 'probeNote', facts),
    };
    // A passive node's probe is meant to fail: that is how the cluster tells Azure which node is active.
    if (cluster?.role === 'passive') result.probe.failed = msg('probeDownByDesign', facts);
    // Validation reports it too; said here as well so the Trace tab and the CLI never show it as if it worked.
    if (!(Number.isInteger(probe.port) && probe.port >= 1 && probe.port <= 65535))
      notes.push(msg('probePortOutOfRange', { probe: probe.name, port: probe.port }));
  } else {
    notes.push(msg(row.kind === 'natRule' ? 'natNoProbe' : 'noProbe', { rule: row.rule, vm: row.vm }));
  }
  if (row.kind === 'natRule' && isHaPorts({ ...row, backendPort: row.destinationPort }))
    notes.push(msg('natAllPorts', { rule: row.rule, vm: row.vm }));
  if (appliance) return applianceNotes(row, appliance, result, msg);
  const every = row.destinationPort === 0 ? msg('everyPort') : '';
  const ports = row.protocol === 'All' ? msg('portsServed') : `${row.protocol} ${row.destinationPort}`;
  if (cluster && words) {
    if (cluster.role === 'passive') notes.push(msg('clusterPassiveNote', { vm: row.vm }));
    else if (row.floatingIp) {
      result.outbound = {
        ...outbound(row, msg),
        note: msg('outboundNoteCluster', { vm: row.vm, nicIp: row.memberIp, frontendIp: row.frontendIp }),
      };
      notes.push(msg('clusterGuestActive', { vm: row.vm, frontendIp: row.frontendIp, resource: words.resource, ports }));
      notes.push(
        msg('listenCluster', { endpoint: formatEndpoint(row.frontendIp, row.destinationPort), every, frontendIp: row.frontendIp }),
      );
    } else {
      notes.push(msg('listenNic', { endpoint: formatEndpoint(row.memberIp, row.destinationPort), every }));
    }
    notes.push(cluster.failover);
    return result;
  }
  if (row.floatingIp) {
    result.outbound = outbound(row, msg);
    notes.push(msg('guestNote', { vm: row.vm, frontendIp: row.frontendIp, ports }));
    notes.push(msg('listenFloating', { endpoint: formatEndpoint(row.frontendIp, row.destinationPort), every, frontendIp: row.frontendIp }));
  } else {
    notes.push(msg('listenNic', { endpoint: formatEndpoint(row.memberIp, row.destinationPort), every }));
  }
  return result;
}

function outbound(row: FlowRow, msg: TraceMsg): NonNullable<Trace['outbound']> {
  return {
    allowedSrc: row.memberIp,
    failingSrc: row.frontendIp,
    note: msg('outboundNote', { vm: row.vm, nicIp: row.memberIp, frontendIp: row.frontendIp }),
  };
}

function applianceNotes(
  row: FlowRow,
  appliance: ApplianceView,
  result: Pick<Trace, 'probe' | 'outbound' | 'notes'>,
  msg: TraceMsg,
): Pick<Trace, 'probe' | 'outbound' | 'notes'> {
  if (row.encapsulation) result.notes.push(msg('gatewayNote', { vm: row.vm }));
  else
    result.notes.push(
      msg('applianceNote', { vm: row.vm, frontendIp: row.frontendIp }),
      msg('applianceFloating', { state: msg(row.floatingIp ? 'floatingOn' : 'floatingOff') }),
      msg('applianceSymmetry'),
    );
  if (appliance.example) result.notes.push(msg('exampleDestination', { destination: appliance.destination }));
  return result;
}
