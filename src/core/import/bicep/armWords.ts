// The ARM expressions a Bicep file was translated into, each with the Bicep text it came from, replaced back in
// the ARM importer's diagnostic texts. Replacing is "longest expression first, each everywhere it occurs"; done as
// written (sort all expressions, search the text for each) it cost every diagnostic a pass over every expression,
// so the Bicep import grew with the square of the file. Here only the expressions that occur in the text are
// looked at: every one starts with `[`, so they are found by their brackets in the text.

/** ARM expression strings and their Bicep text; `replace` gives a text with each expression in Bicep terms. */
export class ArmWords {
  private readonly bicep = new Map<string, string>();
  // Longest first (ties in the order added), and each expression's place in that order; made again after an add.
  private ranked: string[] = [];
  private ranks: ReadonlyMap<string, number> | undefined;
  // Expressions not of the form `[…]` (not found by bracket pairs): always searched for.
  private readonly unbracketed = new Set<string>();
  private longest = 0;

  /** Remembers the Bicep text of an ARM expression string (`[…]`); a later text for the same expression replaces it. */
  add(arm: string, bicep: string): void {
    const known = this.bicep.has(arm);
    this.bicep.set(arm, bicep);
    if (known) return;
    if (!arm.startsWith('[') || !arm.endsWith(']')) this.unbracketed.add(arm);
    this.longest = Math.max(this.longest, arm.length);
    this.ranks = undefined;
  }

  private rank(): ReadonlyMap<string, number> {
    if (!this.ranks) {
      this.ranked = [...this.bicep.keys()].sort((a, b) => b.length - a.length);
      this.ranks = new Map(this.ranked.map((arm, i) => [arm, i]));
    }
    return this.ranks;
  }

  /** The expressions that occur in `text` (by bracket pairs), or undefined when the text has too many brackets. */
  private present(text: string): string[] | undefined {
    const opens: number[] = [];
    const closes: number[] = [];
    for (let i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) opens.push(i);
    for (let i = text.indexOf(']'); i >= 0; i = text.indexOf(']', i + 1)) closes.push(i);
    if (opens.length * closes.length > 4096) return undefined;
    const found: string[] = [];
    for (const p of opens)
      for (const q of closes) {
        if (q <= p || q - p >= this.longest) continue;
        const candidate = text.slice(p, q + 1);
        if (this.bicep.has(candidate)) found.push(candidate);
      }
    for (const arm of this.unbracketed) if (text.includes(arm)) found.push(arm);
    return found;
  }

  /**
   * The text with every known ARM expression in it replaced by its Bicep text, longest first (so an expression
   * that contains another is replaced whole), each everywhere it occurs.
   * @example words.add("[parameters('port')]", 'port'); words.replace("[parameters('port')] is not a number") // 'port is not a number'
   */
  replace(text: string): string {
    if (this.bicep.size === 0) return text;
    const rank = this.rank();
    let out = text;
    // The next expression in the order whose turn has not come: one that does not occur in the text is passed over.
    let next = 0;
    for (;;) {
      const present = this.present(out);
      if (present === undefined) return this.replaceEach(out, next);
      let best: string | undefined;
      for (const arm of present) {
        const r = rank.get(arm)!;
        if (r >= next && (best === undefined || r < rank.get(best)!)) best = arm;
      }
      if (best === undefined) return out;
      out = out.split(best).join(this.bicep.get(best)!);
      next = rank.get(best)! + 1;
    }
  }

  // Every expression from `from` on in the order, searched for one by one: a text with too many brackets to pair.
  private replaceEach(text: string, from: number): string {
    let out = text;
    for (let i = from; i < this.ranked.length; i++) {
      const arm = this.ranked[i]!;
      if (out.includes(arm)) out = out.split(arm).join(this.bicep.get(arm)!);
    }
    return out;
  }
}
