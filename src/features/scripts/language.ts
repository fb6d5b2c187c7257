import type { Flavor } from '../../core/scripts/types';

/** The highlight.js grammars the Scripts tab registers; nothing else is bundled. */
export type ScriptLanguage = 'bash' | 'powershell' | 'dos';

/**
 * The grammar a flavour's script is highlighted with.
 * @example languageFor('windows-netsh') // 'dos'
 */
export function languageFor(flavor: Flavor): ScriptLanguage {
  switch (flavor) {
    case 'windows-netsh':
      return 'dos';
    case 'windows-powershell':
      return 'powershell';
    default:
      return 'bash';
  }
}
