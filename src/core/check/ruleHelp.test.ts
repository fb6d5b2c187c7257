import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KNOWN_CODES } from './config';
import { RULE_HELP } from './ruleHelp';

const DOCS = ['diagnostics', 'nsg', 'outbound', 'import', 'check'].map((d) =>
  readFileSync(new URL(`../../../docs/${d}.md`, import.meta.url), 'utf8'),
);

/** The "when" column of each code's first table row in the docs, its Markdown removed. */
function documented(): Map<string, string> {
  const out = new Map<string, string>();
  for (const doc of DOCS) {
    for (const m of doc.matchAll(/^\|\s*`(\w+)`\s*\|(.*)\|\s*$/gm)) {
      if (out.has(m[1]!)) continue;
      const when = m[2]!.split('|').at(-1)!;
      out.set(
        m[1]!,
        when
          .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
          .replace(/\*\*|`/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      );
    }
  }
  return out;
}

describe('rule help for SARIF', () => {
  it('has the documented meaning of every code check can report, as the docs word it', () => {
    const docs = documented();
    for (const code of KNOWN_CODES) {
      expect(RULE_HELP[code], code).toBeTruthy();
      expect(RULE_HELP[code], code).toBe(docs.get(code));
    }
  });
});
