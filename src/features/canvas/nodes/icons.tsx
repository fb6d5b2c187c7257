import type { NodeKind } from '../../../core/edit/ids';

// Self-drawn 20×20 icons: no icon library or CDN, and they follow the theme through currentColor.
const PATHS: Record<NodeKind, React.ReactNode> = {
  // A globe: the public (or internal) address clients reach.
  frontend: (
    <>
      <circle cx="10" cy="10" r="7.5" />
      <ellipse cx="10" cy="10" rx="3.2" ry="7.5" />
      <path d="M2.5 10h15M4 6h12M4 14h12" />
    </>
  ),
  // Two arrows splitting: a rule forwards traffic from a frontend port to the pool.
  rule: (
    <>
      <path d="M2.5 10h6l3-4.5h5.5M8.5 10l3 4.5h5.5" />
      <path d="M14.5 3.5l2.5 2-2.5 2M14.5 12.5l2.5 2-2.5 2" />
    </>
  ),
  // One arrow through a gate into a box: a NAT rule forwards one frontend port to one VM.
  natRule: (
    <>
      <path d="M2.5 10h9M8.5 7l3 3-3 3" />
      <rect x="13" y="5.5" width="4.5" height="9" rx="1" />
      <path d="M5.5 5v-1.5M5.5 16.5V15" />
    </>
  ),
  // Stacked layers: a pool of backend members.
  backendPool: (
    <>
      <path d="M10 2.5l7.5 3.5-7.5 3.5-7.5-3.5z" />
      <path d="M2.5 10l7.5 3.5 7.5-3.5M2.5 14l7.5 3.5 7.5-3.5" />
    </>
  ),
  // A monitor: one virtual machine.
  vm: (
    <>
      <rect x="2.5" y="3.5" width="15" height="10" rx="1.5" />
      <path d="M7 17h6M10 13.5V17" />
    </>
  ),
};

/** The kind's icon, decorative (the node's accessible name already says the kind). */
export function KindIcon({ kind }: { kind: NodeKind }) {
  return (
    <svg
      className="fp-node__icon"
      viewBox="0 0 20 20"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {PATHS[kind]}
    </svg>
  );
}

/** A small warning triangle or error circle for badges. */
export function SeverityIcon({ severity }: { severity: 'error' | 'warning' }) {
  return (
    <svg viewBox="0 0 12 12" width="11" height="11" aria-hidden="true" focusable="false" fill="currentColor">
      {severity === 'error' ? <circle cx="6" cy="6" r="5" /> : <path d="M6 1l5 9.5H1z" />}
    </svg>
  );
}
