// Terraform addresses of the importer (`azurerm_lb_rule.web[0].frontend_port`, `azurerm_lb.lb.frontend_ip_configuration[1]`)
// to places in the configuration's files.
import { LineIndex, type Position } from './position';

/** One file of a Terraform configuration. */
export interface TerraformFile {
  name: string;
  text: string;
}

/** A place in one file of a configuration. */
export interface FilePosition extends Position {
  file: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ADDRESS = /^(?:(data)\.)?([\w-]+)\.([\w-]+)(?:\[(?:\d+|"(?:[^"\\]|\\.)*")\])?((?:\.[\w-]+(?:\[\d+\])?)*)/;

/** Finds the blocks and attributes of Terraform addresses in the files of one configuration. */
export class TerraformLocator {
  private readonly files: { name: string; text: string; index: LineIndex }[];
  private readonly headers = new Map<string, { file: number; offset: number }>();

  constructor(files: readonly TerraformFile[]) {
    this.files = files.map((f) => ({ ...f, index: new LineIndex(f.text) }));
    // Every block header in one pass per file: `resource "type" "name" {`, `data "…" "…" {`, `module "name" {`.
    const header = /^[ \t]*(resource|data|module)[ \t]+"?([\w-]+)"?(?:[ \t]+"?([\w-]+)"?)?[ \t]*\{/gm;
    this.files.forEach((f, file) => {
      for (const m of f.text.matchAll(header)) {
        const key = m[1] === 'module' ? `module.${m[2]}` : `${m[1] === 'data' ? 'data.' : ''}${m[2]}.${m[3] ?? ''}`;
        if (!this.headers.has(key)) this.headers.set(key, { file, offset: m.index + m[0].length - m[0].trimStart().length });
      }
    });
  }

  /**
   * The place of an address: its nested block or attribute when the text has it, else its resource's header;
   * undefined when the resource is not written in these files (a module created it).
   * @example locator.locate('azurerm_lb_rule.web.frontend_port') // { file: 'main.tf', line: 40, column: 3 }
   */
  locate(address: string): FilePosition | undefined {
    const module = /^module\.([\w-]+)/.exec(address);
    const m = module ? undefined : ADDRESS.exec(address);
    const key = module ? `module.${module[1]}` : m ? `${m[1] ? 'data.' : ''}${m[2]}.${m[3]}` : undefined;
    const found = key === undefined ? undefined : this.headers.get(key);
    if (!found) return undefined;
    const f = this.files[found.file]!;
    const offset = m?.[4] ? this.inside(f.text, found.offset, m[4]) : found.offset;
    return { file: f.name, ...f.index.at(offset) };
  }

  /** The offset of `.block[n]` or `.attribute` steps inside the block starting at `offset`, as deep as the text has them. */
  private inside(text: string, offset: number, rest: string): number {
    const end = blockEnd(text, offset);
    let at = offset;
    for (const step of rest.slice(1).split('.')) {
      const s = /^([\w-]+)(?:\[(\d+)\])?$/.exec(step);
      if (!s) break;
      // A block written by a `dynamic "name" {` counts as the block (its for_each makes them).
      const re = new RegExp(`^[ \\t]*(?:dynamic[ \\t]+"${escape(s[1]!)}"[ \\t]*(\\{)|${escape(s[1]!)}[ \\t]*(=|\\{))`, 'gm');
      re.lastIndex = text.indexOf('\n', at) + 1;
      let hit: RegExpExecArray | null = null;
      for (let n = Number(s[2] ?? 0); n >= 0; n--) {
        hit = re.exec(text);
        if (!hit || hit.index >= end) return at;
      }
      at = hit!.index + hit![0].length - hit![0].trimStart().length;
      if (hit![2] === '=') break;
    }
    return at;
  }
}

/** The offset just past the `}` that closes the block opened on the line at `offset` (strings and comments skipped). */
function blockEnd(text: string, offset: number): number {
  let depth = 0;
  let started = false;
  for (let i = offset; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl;
    } else if (c === '{') {
      depth++;
      started = true;
    } else if (c === '}') {
      depth--;
      if (started && depth === 0) return i + 1;
    }
  }
  return text.length;
}
