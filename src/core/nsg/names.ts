// Names Floatplan gives the NSG and its rules. Azure: up to 80 characters, beginning with a word character, ending
// with a word character or "_", containing word characters, ".", "-" and "_" (Learn: network-security-groups-overview,
// "Security rules"). Floatplan keeps to ASCII letters and digits among word characters, so a name taken from the
// topology can never carry a quote, a space or a shell character into an export or the Azure CLI script.

const MAX = 80;

/**
 * A valid NSG (rule) name made from free text: other characters become "-", the ends are trimmed to what Azure
 * accepts, and the result is cut to leave room for a uniqueness suffix.
 * @example safeNsgName('allow web $(rm)') // 'allow-web-rm'
 */
export function safeNsgName(raw: string, fallback = 'rule'): string {
  let s = raw.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/-{2,}/g, '-');
  s = s.replace(/^[^A-Za-z0-9_]+/, '').slice(0, MAX - 4);
  s = s.replace(/[^A-Za-z0-9_]+$/, '');
  return s === '' ? fallback : s;
}

/** True when Azure accepts `name` as an NSG rule name and it is in Floatplan's safe alphabet. */
export function isSafeNsgName(name: string): boolean {
  return name.length <= MAX && /^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?$/.test(name);
}

/**
 * Gives every wanted name a unique safe name, in order: the second `web` becomes `web-2`.
 * @example uniqueNames(['a b', 'a-b']) // ['a-b', 'a-b-2']
 */
export function uniqueNames(wanted: readonly string[]): string[] {
  const used = new Set<string>();
  return wanted.map((w) => {
    const base = safeNsgName(w);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    used.add(name.toLowerCase());
    return name;
  });
}
