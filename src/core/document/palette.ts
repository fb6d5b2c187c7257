// The canvas's colours for the vector SVG, copied from the app's look: the theme tokens (src/lib/ui/tokens.css) and
// the kind colours of the canvas (src/features/canvas/canvas.css), in light and dark. The core cannot read CSS, so a
// change there is a change here too.

/** The node kinds the SVG draws: the canvas's five and the health probes. */
export type SvgKind = 'frontend' | 'rule' | 'natRule' | 'backendPool' | 'vm' | 'probe';

export interface Palette {
  bg: string;
  surface: string;
  border: string;
  text: string;
  muted: string;
  wire: string;
  errorBg: string;
  errorText: string;
  errorEdge: string;
  warningBg: string;
  warningText: string;
  warningEdge: string;
  onBg: string;
  onText: string;
  offBg: string;
  offText: string;
  kind: Readonly<Record<SvgKind, string>>;
}

// The canvas keeps one set of kind colours in both themes; probes take the muted grey of the rule's details.
const KIND = { frontend: '#2f7de1', rule: '#8a4fd8', natRule: '#b35c0a', backendPool: '#0f9a8a', vm: '#5d6b7a' } as const;

export const PALETTES: Readonly<Record<'light' | 'dark', Palette>> = {
  light: {
    bg: '#f6f7f9',
    surface: '#ffffff',
    border: '#d7dce3',
    text: '#1b1f24',
    muted: '#555e69',
    wire: '#8a94a0',
    errorBg: '#fde7e7',
    errorText: '#8b1a1a',
    errorEdge: '#d64545',
    warningBg: '#fff3d1',
    warningText: '#6a4300',
    warningEdge: '#d99a00',
    onBg: '#dff3e6',
    onText: '#14532d',
    offBg: '#eceff3',
    offText: '#3d4551',
    kind: { ...KIND, probe: '#555e69' },
  },
  dark: {
    bg: '#0d1117',
    surface: '#161b22',
    border: '#30363d',
    text: '#e6edf3',
    muted: '#9ea8b3',
    wire: '#6e7781',
    errorBg: '#3a1417',
    errorText: '#ffb4b4',
    errorEdge: '#f06a6a',
    warningBg: '#382905',
    warningText: '#ffd27a',
    warningEdge: '#d9a520',
    onBg: '#12351f',
    onText: '#8fe0a9',
    offBg: '#262d36',
    offText: '#c2cad4',
    kind: { ...KIND, probe: '#9ea8b3' },
  },
};
