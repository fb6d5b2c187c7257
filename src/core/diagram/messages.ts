import { defineMessages, fill, type Locale } from '../i18n/locale';
import { diagramEn } from './messages.en';
import { diagramJa } from './messages.ja';

// Every label, title and description the diagram draws, in English and Japanese (Microsoft's terms from the
// Japanese floating IP page: フロントエンド, バックエンド プール, ループバック インターフェイス, 正常性プローブ, …).
// The English strings are the ones the golden files were made with; changing one changes every English diagram.

/** The diagram's words; `{name}` placeholders are filled by `fill`. */
export const diagramMessages = defineMessages(diagramEn, diagramJa);

/** The diagram's words for each what-if switch ("what if …"). */
export const WHAT_IF_TEXT = {
  noLoopback: 'whatIfNoLoopback',
  listensOnNicIpOnly: 'whatIfListensOnNicIpOnly',
  probePortClosed: 'whatIfProbePortClosed',
  outboundFromFrontendIp: 'whatIfOutboundFromFrontendIp',
} as const;

/** The translate function the diagram code shares. */
export type DiagramMsg = (key: keyof (typeof diagramMessages)['en'], params?: Record<string, string | number>) => string;

/**
 * The diagram's words in one language.
 * @example diagramMsg('ja')('panelOn') // 'フローティング IP 有効'
 */
export function diagramMsg(locale: Locale = 'en'): DiagramMsg {
  return (key, params) => fill(diagramMessages[locale][key], params);
}
