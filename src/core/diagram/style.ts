import { FONT } from './text';

// Colours live in CSS variables on the root class so one diagram reads in both themes: the system
// preference by default, and `data-theme="light|dark"` on the svg or any ancestor (the app sets it on
// <html>) overrides it. Every selector is scoped under .fpd because an inline <svg>'s <style> applies
// to the whole HTML page. Text colours are at least 4.5:1 on the panel and header-box backgrounds.

const LIGHT = `--fpd-bg:#ffffff;--fpd-panel:#f6f8fa;--fpd-box:#ffffff;--fpd-line:#d0d7de;--fpd-fg:#1f2328;--fpd-muted:#59636e;--fpd-same:#1f2328;--fpd-chg:#a0410d;--fpd-chg-bg:#fff1e5;--fpd-flow:#0969da;--fpd-probe:#6639ba;--fpd-ok:#1a7f37;--fpd-fail:#cf222e;--fpd-nsg:#9a6700;--fpd-badge:#0969da;--fpd-badge-fg:#ffffff`;
const DARK = `--fpd-bg:#0d1117;--fpd-panel:#151b23;--fpd-box:#0d1117;--fpd-line:#3d444d;--fpd-fg:#e6edf3;--fpd-muted:#9198a1;--fpd-same:#e6edf3;--fpd-chg:#ffa657;--fpd-chg-bg:#3d2410;--fpd-flow:#58a6ff;--fpd-probe:#bc8cff;--fpd-ok:#3fb950;--fpd-fail:#ff7b72;--fpd-nsg:#d29922;--fpd-badge:#1f6feb;--fpd-badge-fg:#ffffff`;

const MONO = `ui-monospace,SFMono-Regular,Menlo,Consolas,'DejaVu Sans Mono','Liberation Mono',monospace`;
const SANS = `system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans','Liberation Sans',Arial,sans-serif`;

/**
 * The stylesheet embedded in every diagram.
 * @example diagramCss().includes('prefers-color-scheme') // true
 */
export function diagramCss(): string {
  return [
    `.fpd{${LIGHT};color-scheme:light dark}`,
    `@media (prefers-color-scheme:dark){.fpd{${DARK}}}`,
    `[data-theme="light"] .fpd,.fpd[data-theme="light"]{${LIGHT}}`,
    `[data-theme="dark"] .fpd,.fpd[data-theme="dark"]{${DARK}}`,
    `.fpd text{font-family:${SANS};font-size:${FONT.sans}px;fill:var(--fpd-fg)}`,
    `.fpd .bg{fill:var(--fpd-bg)}`,
    `.fpd .panel{fill:var(--fpd-panel);stroke:var(--fpd-line)}`,
    `.fpd .node,.fpd .hdr{fill:var(--fpd-box);stroke:var(--fpd-line)}`,
    `.fpd .vm{fill:none;stroke:var(--fpd-muted);stroke-dasharray:4 3}`,
    `.fpd .life{stroke:var(--fpd-line);stroke-dasharray:2 4}`,
    `.fpd .sep{stroke:var(--fpd-line)}`,
    `.fpd .title{font-size:${FONT.title}px;font-weight:600}`,
    `.fpd .h{font-weight:600}`,
    `.fpd .muted,.fpd .note{fill:var(--fpd-muted)}`,
    `.fpd .note{font-size:${FONT.small}px}`,
    `.fpd .mono,.fpd .mono tspan{font-family:${MONO};font-size:${FONT.mono}px}`,
    `.fpd .same{fill:var(--fpd-same)}`,
    `.fpd .chg{fill:var(--fpd-chg);font-weight:700;text-decoration:underline}`,
    `.fpd .chg-bg{fill:var(--fpd-chg-bg)}`,
    `.fpd .badge{fill:var(--fpd-badge)}`,
    `.fpd .badge-t{fill:var(--fpd-badge-fg);font-size:${FONT.small}px;font-weight:600}`,
    `.fpd .a-flow{stroke:var(--fpd-flow);fill:var(--fpd-flow)}`,
    `.fpd .a-probe{stroke:var(--fpd-probe);fill:var(--fpd-probe)}`,
    `.fpd .a-ok{stroke:var(--fpd-ok);fill:var(--fpd-ok)}`,
    `.fpd .a-fail{stroke:var(--fpd-fail);fill:var(--fpd-fail)}`,
    `.fpd .a-nsg{stroke:var(--fpd-nsg);fill:var(--fpd-nsg)}`,
    `.fpd line.a-probe,.fpd line.a-fail,.fpd line.a-nsg{stroke-dasharray:6 4}`,
    `.fpd .t-ok{fill:var(--fpd-ok);font-weight:600}`,
    `.fpd .t-fail{fill:var(--fpd-fail);font-weight:600}`,
    `.fpd .x{font-size:${FONT.title + 3}px}`,
  ].join('\n');
}
