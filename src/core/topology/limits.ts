/**
 * How much Floatplan reads at most, in one place. A share link, a file, saved work and the CLI all go through
 * loadTopology, which refuses more than this with a message that says the numbers and what to do.
 *
 * Element caps are twice Azure's Standard load balancer limits (shared/reference/azure-floating-ip.md §2.8, from
 * the Learn limits table, ms.date 10/24/2024: frontend IP configurations 600; rules, load-balancing and inbound
 * NAT together, 1,500 per resource; backend pool size 5,000). Twice, so a plan a little over a limit still opens
 * and validation names the limit it breaks (src/core/validation/limits.ts); far beyond, it cannot be deployed
 * and only costs the browser memory and time.
 */
export const MAX_ELEMENTS = {
  frontends: 1_200,
  /** Load-balancing and inbound NAT rules together, as Azure counts them. */
  rules: 3_000,
  /** Members of one backend pool. */
  poolMembers: 10_000,
  /** Pools and probes are not limited by Azure on their own; a rule uses one of each, so more than the rules is unusable. */
  backendPools: 3_000,
  probes: 3_000,
  /** A VM is worth having in a plan only as a pool member or NAT target: at most one full pool's worth of headroom. */
  vms: 10_000,
  /** Load balancers in one topology: a design of an NVA sandwich, SAP or several regions has a handful. */
  loadBalancers: 100,
} as const;

/** Most placeholder markers on one element (each field holds at most one; a VM has a handful of fields). */
export const MAX_PLACEHOLDERS = 64;
/** Longest `field` path of a placeholder marker (`nic.secondaryIps.12`). */
export const MAX_PLACEHOLDER_FIELD = 64;
/** Longest `source` of a placeholder marker: the template expression or address it came from, cut by the importer. */
export const MAX_PLACEHOLDER_SOURCE = 2_000;

/**
 * Most characters of topology JSON read from a link (after decompression), a file or saved work. A topology at
 * every Azure limit above (600 frontends, 1,500 rules, 5,000 VMs with NICs and layout) is about 2.3 million
 * characters as Floatplan saves it (indented); 3 million leaves room for long names. Browsers keep about 5 million
 * characters per site in local storage, so much larger work could not be autosaved anyway.
 */
export const MAX_TOPOLOGY_CHARS = 3_000_000;

/** Largest topology file read at all: UTF-8 takes at most 3 bytes per character, so a file over this is over MAX_TOPOLOGY_CHARS. */
export const MAX_TOPOLOGY_FILE_BYTES = 3 * MAX_TOPOLOGY_CHARS;

/**
 * Most characters of a definition pasted or loaded into Import: Azure Resource Manager refuses templates over
 * 4 MB (Learn, "Template limits"), and a Terraform or Bicep file for one load balancer is far smaller.
 * The importers' own budgets (steps, copies, depth) bound what the text may expand to.
 */
export const MAX_IMPORT_CHARS = 4 * 1024 * 1024;

/** Largest definition file Import reads at all (UTF-8: at most 3 bytes per character), checked before reading. */
export const MAX_IMPORT_FILE_BYTES = 3 * MAX_IMPORT_CHARS;

/** An element count over its cap: which list, how many, and the cap. */
export interface OverLimit {
  what: keyof typeof MAX_ELEMENTS;
  count: number;
  max: number;
  /** The JSON path of the list in a version 2 topology (`loadBalancers[1].rules`); undefined: the top-level list. */
  path?: string;
}

/**
 * The first list of a topology-shaped value that holds more than MAX_ELEMENTS allows, or null. Reads only
 * array lengths, so it is cheap and safe on unvalidated JSON.
 * @example overLimit({ rules: new Array(4000) }) // { what: 'rules', count: 4000, max: 3000 }
 */
export function overLimit(doc: Readonly<Record<string, unknown>>): OverLimit | null {
  const len = (v: unknown) => (Array.isArray(v) ? v.length : 0);
  if (Array.isArray(doc.loadBalancers)) {
    const lbs: unknown[] = doc.loadBalancers;
    if (lbs.length > MAX_ELEMENTS.loadBalancers) return { what: 'loadBalancers', count: lbs.length, max: MAX_ELEMENTS.loadBalancers };
    if (len(doc.vms) > MAX_ELEMENTS.vms) return { what: 'vms', count: len(doc.vms), max: MAX_ELEMENTS.vms };
    for (const [i, lb] of lbs.entries()) {
      const over = lb && typeof lb === 'object' ? lbOverLimit(lb as Record<string, unknown>) : null;
      if (over) return { ...over, path: `loadBalancers[${i}].${over.what === 'poolMembers' ? 'backendPools' : over.what}` };
    }
    return null;
  }
  return lbOverLimit(doc);
}

// The caps of one load balancer's lists (a version 1 document, or one load balancer of a version 2 one).
function lbOverLimit(doc: Readonly<Record<string, unknown>>): OverLimit | null {
  const len = (v: unknown) => (Array.isArray(v) ? v.length : 0);
  const pools = Array.isArray(doc.backendPools) ? doc.backendPools : [];
  const counts: [keyof typeof MAX_ELEMENTS, number][] = [
    ['frontends', len(doc.frontends)],
    ['rules', len(doc.rules) + len(doc.inboundNatRules)],
    ['backendPools', pools.length],
    ['probes', len(doc.probes)],
    ['vms', len(doc.vms)],
  ];
  for (const [what, count] of counts) if (count > MAX_ELEMENTS[what]) return { what, count, max: MAX_ELEMENTS[what] };
  for (const pool of pools) {
    const count = pool && typeof pool === 'object' ? len((pool as Record<string, unknown>).members) : 0;
    if (count > MAX_ELEMENTS.poolMembers) return { what: 'poolMembers', count, max: MAX_ELEMENTS.poolMembers };
  }
  return null;
}
