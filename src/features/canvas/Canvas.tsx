/** The React Flow canvas with its palette (placeholder until the canvas lands). */
export function Canvas() {
  return <section className="canvas-placeholder" aria-label="Canvas" />;
}
