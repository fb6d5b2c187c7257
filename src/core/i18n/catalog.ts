// The shape of a catalog: one file per language per concern (e.g. validation/messages.en.ts + messages.ja.ts).
// English defines the keys; every other language is typed `Catalog<typeof xxxEn>`, so a missing or extra key
// fails the typecheck there, in the catalog itself.

/** The texts of one catalog in one language, with exactly the keys of the English one. */
export type Catalog<E> = { readonly [K in keyof E]: string };

/** A catalog's keys with its namespace in front (`validation.DuplicateName`), so one table can hold every catalog. */
export type Prefixed<P extends string, E> = { readonly [K in keyof E & string as `${P}.${K}`]: string };

/**
 * A catalog's entries under its namespace.
 * @example prefixed('load', { json: 'not valid JSON ({detail})' }) // { 'load.json': 'not valid JSON ({detail})' }
 */
export function prefixed<P extends string, E extends Readonly<Record<string, string>>>(prefix: P, catalog: E): Prefixed<P, E> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(catalog)) out[`${prefix}.${key}`] = value;
  return out as Prefixed<P, E>;
}
