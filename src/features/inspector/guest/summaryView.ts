// The inspector's words for a VM's guest summary (core/guest/summary.ts): the core decides the facts, this only
// phrases them, so the Scripts tab and the phone's mapping cards never disagree with what is shown here.
import type { GuestSummary, ListenPort } from '../../../core/guest/summary';
import { formatList } from '../../../core/i18n/list';
import type { Locale } from '../../../core/i18n/locale';
import { formatEndpoint } from '../../../core/net/address';
import type { en } from './messages.en';

type T = (key: keyof typeof en, params?: Record<string, string | number>) => string;

/** One line of the summary: a value shown in monospace (an address, an endpoint) and what it is for. */
export interface SummaryLine {
  value: string;
  note: string;
}

/** The summary as the inspector lays it out; an empty list comes with the sentence that says why. */
export interface SummaryView {
  /** Said first when no rule reaches the VM, or its pools disagree on who holds the frontend IP. */
  notice?: string;
  holds: SummaryLine[];
  holdsNone?: string;
  listens: SummaryLine[];
  probes: SummaryLine[];
  script: string;
}

const LISTEN_ON = { nic: 'listenNic', loopback: 'listenLoopback', cluster: 'listenCluster', none: 'listenNone' } as const;

/**
 * The summary's lines in one language.
 * @example summaryView(guestSummary(t, a, 'VM1'), t, 'en').holds[0] // { value: '65.52.0.1', note: 'on a loopback (…) · rule1' }
 */
export function summaryView(s: GuestSummary, t: T, locale: Locale): SummaryView {
  const list = (items: readonly string[]) => formatList(items, locale, 5, true);
  const notice =
    s.holder === undefined ? t('guestNothing', { vm: s.vm }) : s.holder === 'mixed' ? t('guestMixed', { vm: s.vm }) : undefined;
  const holds = s.addresses.map((a) => ({
    value: a.ip,
    note: t(a.on === 'loopback' ? 'heldLoopback' : 'heldCluster', { iface: a.interface, rules: list(a.rules) }),
  }));
  return {
    ...(notice ? { notice } : {}),
    holds,
    ...(holds.length === 0 && s.holder !== undefined ? { holdsNone: holdsNone(s, t) } : {}),
    listens: s.listens.map((l) => ({
      value: endpointText(l, t),
      note: t(LISTEN_ON[l.on], { protocol: protocolText(l.protocol, t), rules: list(l.rules) }),
    })),
    probes: s.probes.map((p) => ({
      value: formatEndpoint(p.address, p.port),
      note: t('probeLine', { probe: p.name, protocol: p.protocol }),
    })),
    script: t('scriptLine', { flavor: s.script.flavor, file: s.script.fileName }),
  };
}

/** Why nothing goes on a loopback: a Gateway tunnel, an appliance that forwards, or floating IP off. */
function holdsNone(s: GuestSummary, t: T): string {
  if (s.gateway) return t('holdsGateway');
  if (s.holder === 'appliance') return t('holdsAppliance');
  return t('holdsNic', { ip: s.nic.ip });
}

/** An address and port; port 0 (HA ports) is every port. */
function endpointText(l: ListenPort, t: T): string {
  return l.port === 0 ? t('allPorts', { ip: l.address }) : formatEndpoint(l.address, l.port);
}

function protocolText(protocol: string, t: T): string {
  return protocol === 'All' ? t('everyProtocol') : protocol.toUpperCase();
}
