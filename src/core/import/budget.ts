// How much work one import may do, whatever the input makes of itself: evaluation steps, elements and characters
// of the values it builds, and nesting depth. A few hundred bytes of template can ask for 800×800×800 copies or a
// string doubled forty times; the budget stops that with a message naming what ran out and where, instead of
// running out of memory or time. The limits are far above what real definitions use (docs/import.md, "Limits").

/** What a budget counts. */
export type BudgetMeasure = 'steps' | 'elements' | 'characters' | 'value' | 'depth';

/** The limits of one import. */
export interface ImportLimits {
  /** Expression nodes evaluated, loop iterations, function-call work (cumulative). */
  steps: number;
  /** Elements (array items, object keys, scalars) of the values built or handed to functions (cumulative). */
  elements: number;
  /** Characters of the strings built or handed to functions (cumulative). */
  characters: number;
  /** Characters of any single value: Azure refuses a template over 4 MB after expansion, so no value can be larger. */
  valueCharacters: number;
  /** Nesting of brackets in the input, of Bicep syntax and of evaluated values. */
  depth: number;
  /** Bicep syntax nodes translated (unrolled loops translate their body per item); each costs far more than a step. */
  translationSteps: number;
}

/** The default limits; see docs/import.md for what real files use. */
export const IMPORT_LIMITS: Readonly<ImportLimits> = {
  steps: 5_000_000,
  elements: 5_000_000,
  characters: 64 * 1024 * 1024,
  valueCharacters: 4 * 1024 * 1024,
  depth: 256,
  translationSteps: 300_000,
};

/** Work done so far, for a progress display (the app's import worker). */
export interface ImportProgress {
  steps: number;
  elements: number;
  characters: number;
  limits: Readonly<ImportLimits>;
}

/** Thrown when a budget runs out; importDefinition turns it into a failed import with the reason (never thrown to callers). */
export class BudgetExceeded extends Error {
  constructor(
    readonly measure: BudgetMeasure,
    readonly limit: number,
    /** JSON path, HCL address or Bicep line where it ran out ('' when not known). */
    readonly where: string,
  ) {
    super(`import budget exceeded: ${measure} over ${limit}${where ? ` at ${where}` : ''}`);
  }
}

interface Size {
  elements: number;
  characters: number;
}

// How often (in steps) onProgress is called: rare enough to cost nothing.
const PROGRESS_EVERY = 100_000;

/** The counters of one import; evaluators charge it as they go. */
export class Budget {
  steps = 0;
  elements = 0;
  characters = 0;
  /** Where the work being charged comes from (set by the evaluators), for the message. */
  site = '';
  readonly limits: Readonly<ImportLimits>;
  // Sizes of values already measured: values share structure (a variable used 800 times), so each is walked once.
  private readonly sizes = new WeakMap<object, Size>();
  private nextProgress = PROGRESS_EVERY;

  constructor(
    limits: Partial<ImportLimits> = {},
    private readonly onProgress?: (p: ImportProgress) => void,
  ) {
    this.limits = { ...IMPORT_LIMITS, ...limits };
  }

  /** Counts `n` steps of work at `where` (default: the current site). */
  step(n = 1, where = this.site): void {
    this.steps += n;
    if (this.steps > this.limits.steps) throw new BudgetExceeded('steps', this.limits.steps, where);
    if (this.steps >= this.nextProgress) {
      this.nextProgress = this.steps + PROGRESS_EVERY;
      this.onProgress?.({ steps: this.steps, elements: this.elements, characters: this.characters, limits: this.limits });
    }
  }

  /** Refuses, before it is built, a single string of `length` characters larger than any deployable value. */
  checkLength(length: number, where = this.site): void {
    if (!(length <= this.limits.valueCharacters)) throw new BudgetExceeded('value', this.limits.valueCharacters, where);
  }

  /** Refuses nesting deeper than the limit. */
  checkDepth(depth: number, where = this.site): void {
    if (depth > this.limits.depth) throw new BudgetExceeded('depth', this.limits.depth, where);
  }

  /**
   * Charges a value built or handed on by the evaluation: every element and character of it, shared parts counted
   * each time they are used (that is what a walk over the value costs later).
   */
  charge(value: unknown, where = this.site): void {
    const size = this.sizeOf(value, where);
    this.elements += size.elements;
    this.characters += size.characters;
    if (this.elements > this.limits.elements) throw new BudgetExceeded('elements', this.limits.elements, where);
    if (this.characters > this.limits.characters) throw new BudgetExceeded('characters', this.limits.characters, where);
  }

  /** Elements and characters of a value, walked without recursion (values may nest deeply) and memoised per object. */
  private sizeOf(value: unknown, where: string): Size {
    if (typeof value === 'string') {
      this.checkLength(value.length, where);
      return { elements: 1, characters: value.length };
    }
    if (typeof value !== 'object' || value === null) return { elements: 1, characters: 0 };
    const known = this.sizes.get(value);
    if (known) return known;
    // Post-order over the objects not measured yet: children first, then the parent from its children's sizes.
    const stack: { node: object; expanded: boolean; depth: number }[] = [{ node: value, expanded: false, depth: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (this.sizes.has(top.node)) {
        stack.pop();
        continue;
      }
      const children = Array.isArray(top.node) ? (top.node as unknown[]) : Object.values(top.node);
      if (!top.expanded) {
        top.expanded = true;
        this.checkDepth(top.depth, where);
        for (const c of children)
          if (typeof c === 'object' && c !== null && !this.sizes.has(c)) stack.push({ node: c, expanded: false, depth: top.depth + 1 });
        continue;
      }
      stack.pop();
      const size: Size = { elements: 1, characters: Array.isArray(top.node) ? 0 : Object.keys(top.node).reduce((n, k) => n + k.length, 0) };
      for (const c of children) {
        const s =
          typeof c === 'object' && c !== null
            ? this.sizes.get(c)!
            : typeof c === 'string'
              ? { elements: 1, characters: c.length }
              : { elements: 1, characters: 0 };
        size.elements += s.elements;
        size.characters += s.characters;
      }
      // A value larger than any deployable one is refused as soon as it is measured (before it is copied around).
      if (size.characters > this.limits.valueCharacters) throw new BudgetExceeded('value', this.limits.valueCharacters, where);
      this.sizes.set(top.node, size);
    }
    return this.sizes.get(value)!;
  }
}
