// Walks a JSON value evaluating every template string, expanding property-level `copy` arrays
// (`{ copy: [{ name, count, input }] }`) into the arrays they describe.
import type { Budget } from '../budget';
import { itext } from '../text';
import type { ExpressionContext } from './expression/context';
import { evaluateString, type EvaluationIssue } from './expression/evaluator';
import { isUnresolved, setKey, unresolved, type Resolved, type ResolvedObject } from './resolved';

// Far deeper than any real template; beyond it the rest is a placeholder instead of a stack overflow.
const MAX_DEPTH = 500;

/** A copy loop in progress: `copyIndex(name)` reads it. */
export interface Loop {
  name: string;
  index: number;
  /** Resource (and output) loops answer a bare copyIndex(); property and variable loops need their name. */
  kind: 'resource' | 'property';
}

/** How the walker builds contexts and reports. */
export interface WalkEnv {
  context(loops: readonly Loop[]): ExpressionContext;
  report(issue: EvaluationIssue): void;
  /** The import's work budget: each value walked is a step (copies walk their input again and again). */
  budget?: Budget;
}

/**
 * Appends a key to a JSON path: `a.b`, or `a['odd key']` when the key is not an identifier.
 * @example childPath('resources[0]', 'properties') // 'resources[0].properties'
 */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)) return path === '' ? key : `${path}.${key}`;
  return `${path}['${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}

/** True for a property-level copy declaration: an array of `{ name, count, input }`. */
export function isPropertyCopy(value: unknown): value is { name: unknown; count: unknown; input: unknown }[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((c) => typeof c === 'object' && c !== null && 'name' in c && 'count' in c && 'input' in c)
  );
}

/**
 * Evaluates a raw JSON value at a path. Non-expression values come back unchanged.
 * @example evaluateValue({ port: "[add(1, 2)]" }, 'x', env, []) // { port: 3 }
 */
export function evaluateValue(raw: unknown, path: string, env: WalkEnv, loops: readonly Loop[], depth = 0): Resolved {
  env.budget?.step(1, path);
  if (typeof raw === 'string') return evaluateString(raw, env.context(loops), path, env.report);
  if (raw === null || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (depth > MAX_DEPTH) {
    const marker = unresolved(itext('reason.nestsDeep', { max: MAX_DEPTH }), '', path);
    env.report({ kind: 'invalid', marker });
    return marker;
  }
  if (Array.isArray(raw)) return raw.map((item, i) => evaluateValue(item, childPath(path, i), env, loops, depth + 1));
  if (typeof raw !== 'object') return null;
  const out: ResolvedObject = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key.toLowerCase() === 'copy' && isPropertyCopy(value)) {
      value.forEach((c, j) => {
        const copyPath = `${childPath(path, 'copy')}[${j}]`;
        const name = evaluateValue(c.name, childPath(copyPath, 'name'), env, loops);
        if (typeof name !== 'string') {
          env.report({
            kind: 'invalid',
            marker: unresolved(itext('reason.copyName'), JSON.stringify(c.name), childPath(copyPath, 'name')),
          });
          return;
        }
        setKey(out, name, expandLoop(name, 'property', c.count, c.input, copyPath, env, loops));
      });
    } else {
      setKey(out, key, evaluateValue(value, childPath(path, key), env, loops, depth + 1));
    }
  }
  return out;
}

/**
 * Evaluates `count` and then `input` once per index with copyIndex(name) set; an unknown count gives an Unresolved array.
 * Paths of the copies are `<copyPath>.input[copyIndex=i]`.
 */
export function expandLoop(
  name: string,
  kind: Loop['kind'],
  count: unknown,
  input: unknown,
  copyPath: string,
  env: WalkEnv,
  loops: readonly Loop[],
): Resolved {
  const n = evaluateValue(count, childPath(copyPath, 'count'), env, loops);
  if (isUnresolved(n)) return n;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 800) {
    const marker = unresolved(
      itext('reason.copyCount', { name, got: JSON.stringify(n) }),
      typeof count === 'string' ? count : JSON.stringify(count),
      childPath(copyPath, 'count'),
    );
    env.report({ kind: 'invalid', marker });
    return marker;
  }
  return Array.from({ length: n }, (_, i) =>
    evaluateValue(input, `${childPath(copyPath, 'input')}[copyIndex=${i}]`, env, [...loops, { name, index: i, kind }]),
  );
}
