import { itext, type ImportText } from './text';
import type { ImportSuccess } from './types';

/** One load balancer of a file, as `--lb` and the Import dialog name it, and the other names that also pick it. */
export interface LoadBalancerCandidate {
  name: string;
  aliases: readonly string[];
}

/**
 * Which of a file's load balancers to import (a topology holds one): the one `wanted` names (its name or an alias,
 * ignoring case), else the first; an unknown name is an error listing the names there are. `choice` is what the
 * result carries when there is something to choose from.
 * @example chooseLoadBalancer([{ name: 'a', aliases: [] }, { name: 'b', aliases: [] }], 'B') // { ok: true, index: 1, choice: { loadBalancers: ['a', 'b'], loadBalancer: 'b' } }
 */
export function chooseLoadBalancer(
  candidates: readonly LoadBalancerCandidate[],
  wanted: string | undefined,
): { ok: true; index: number; choice: Pick<ImportSuccess, 'loadBalancers' | 'loadBalancer'> } | { ok: false; error: ImportText } {
  const want = wanted?.trim().toLowerCase();
  const index = want === undefined ? 0 : candidates.findIndex((c) => [c.name, ...c.aliases].some((n) => n.toLowerCase() === want));
  if (index < 0)
    return { ok: false, error: itext('error.lbNotFound', { name: wanted!, names: candidates.map((c) => `"${c.name}"`).join(', ') }) };
  const choice = candidates.length > 1 ? { loadBalancers: candidates.map((c) => c.name), loadBalancer: candidates[index]!.name } : {};
  return { ok: true, index, choice };
}
