// The ARM importer speaks of JSON paths (`resources[2].properties.probes[0].properties.port`) and ARM
// expressions (`[parameters('port')]`); a Bicep user needs the symbolic path, the line and the Bicep text.
import type { Node } from 'web-tree-sitter';
import { mapStrings, render } from '../../i18n/text';
import { itext, type ImportText } from '../text';
import { ArmWords } from './armWords';
import type { ImportDiagnostic } from '../types';
import { lineOf } from './syntax';

interface Origin {
  bicep: string;
  line: number;
}

const ARM_PATH = /\b(?:resources|parameters|variables|outputs)(?:\[\d+\]|\.[A-Za-z_$][\w$]*|\['(?:[^'\\]|\\.)*'\])+/g;

/** The path one step up: `a.b[0]` → `a.b`, `a.b` → `a`, `a` → ''. */
function parentPath(path: string): string {
  const m = /(\[\d+\]|\['(?:[^'\\]|\\.)*'\]|\.[^.[]+)$/.exec(path);
  return m ? path.slice(0, m.index) : '';
}

/** Where each generated ARM value came from, to translate the ARM importer's diagnostics back to Bicep. */
export class PathMap {
  private readonly origins = new Map<string, Origin>();
  private readonly expressions = new ArmWords();

  /** Records that the value at `where.arm` comes from `node` (`where.bicep` in the file). The first record wins. */
  record(where: { arm: string; bicep: string }, node: Node): void {
    if (!this.origins.has(where.arm)) this.origins.set(where.arm, { bicep: where.bicep, line: lineOf(node) });
  }

  /** The ARM path (`resources[2]`) of the resource whose symbolic name is `symbol` (ignoring case), if any. */
  resourcePath(symbol: string): string | undefined {
    const want = symbol.trim().toLowerCase();
    for (const [arm, o] of this.origins) if (/^resources\[\d+\]$/.test(arm) && o.bicep.toLowerCase() === want) return arm;
    return undefined;
  }

  /** Remembers the Bicep text an ARM expression string was made from. */
  expression(arm: string, bicepText: string): void {
    if (arm.startsWith('[') && !arm.startsWith('[[')) this.expressions.add(arm, bicepText);
  }

  /**
   * The Bicep location for an ARM path: the nearest recorded ancestor plus the rest of the path.
   * @example locate('resources[2].properties.probes[0].properties.port') // 'lb.properties.probes[0].properties.port (line 88)'
   */
  locate(armPath: string, withLine = true): string | undefined {
    for (let p = armPath; p !== ''; p = parentPath(p)) {
      const o = this.origins.get(p);
      if (o) return `${o.bicep}${armPath.slice(p.length)}${withLine ? ` (line ${o.line})` : ''}`;
    }
    return undefined;
  }

  /** The Bicep line of the value at an ARM path (its nearest recorded ancestor's), for `floatplan check`. */
  lineAt(armPath: string): number | undefined {
    for (let p = armPath; p !== ''; p = parentPath(p)) {
      const o = this.origins.get(p);
      if (o) return o.line;
    }
    return undefined;
  }

  /** A diagnostic of the ARM importer, with its path and message (and the message's parameters) in Bicep terms. */
  translate(d: ImportDiagnostic): ImportDiagnostic {
    const path = d.path !== undefined ? (this.locate(d.path) ?? d.path) : undefined;
    const text = this.translateText(d.text);
    return { ...d, text, ...(path !== undefined ? { path } : {}) };
  }

  /** A text of the ARM importer (an import error) in Bicep terms. */
  translateText(t: ImportText): ImportText {
    const translated = mapStrings(t, (s) => this.words(s));
    // The words are translated parameter by parameter; should a replacement span a parameter's edge, keep the English.
    const english = this.words(render(t, 'en'));
    return render(translated, 'en') === english ? translated : itext('word.verbatim', { text: english });
  }

  /** ARM expressions and paths in a text, replaced by the Bicep they came from. */
  private words(text: string): string {
    // Longest first, so an expression that contains another is replaced whole.
    const out = this.expressions.replace(text);
    // The diagnostic's path carries the line; inside the sentence the Bicep path alone reads better.
    return out.replace(ARM_PATH, (p) => this.locate(p, false) ?? p);
  }
}
