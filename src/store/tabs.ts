/**
 * The analysis panel's tabs: Mapping and Diagnostics (its own), then Trace, Scripts, NSG and Export (added by the app
 * shell). The one list of tab ids: `openTab`, the panel, the shell's extra tabs and the lesson's steps all use it.
 */
export type TabId = 'mapping' | 'diagnostics' | 'trace' | 'scripts' | 'nsg' | 'export';

/** The tab the panel shows before anything opens another. */
export const FIRST_TAB: TabId = 'mapping';
