/**
 * How long a view animation (fit view, reveal) runs: `ms`, or 0 when the user asks for reduced motion.
 * @example viewDuration(300) // 0 with prefers-reduced-motion: reduce
 */
export function viewDuration(
  ms: number,
  matchMedia: ((query: string) => { matches: boolean }) | undefined = globalThis.matchMedia?.bind(globalThis),
): number {
  return matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 0 : ms;
}
