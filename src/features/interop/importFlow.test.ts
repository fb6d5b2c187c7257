import { describe, expect, it } from 'vitest';
import type { ImportFailure, ImportSuccess } from '../../core/import/types';
import { importFlow, initialImportFlow, planImport, type ImportFlowAction, type ImportFlowState } from './importFlow';
import type { ImportEnd } from './importRunner';

const ARM = '{"$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#"}';
const TF = 'resource "azurerm_lb" "lb" {\n  name = "lb"\n}\n';
const success = { ok: true, format: 'arm', topology: { version: 1 }, diagnostics: [], counts: {} } as unknown as ImportSuccess;
const done: ImportEnd = { id: 1, kind: 'done', outcome: success, planner: [] };

const run = (s: ImportFlowState, ...actions: ImportFlowAction[]) => actions.reduce(importFlow, s);

describe('importFlow', () => {
  it('starts idle with the seed file loaded, or empty', () => {
    expect(initialImportFlow({ name: 'lb.json', text: ARM })).toMatchObject({
      text: ARM,
      fileStatus: { kind: 'loaded', file: 'lb.json' },
      phase: { kind: 'idle' },
    });
    expect(initialImportFlow()).toMatchObject({ text: '', fileStatus: { kind: 'none' }, phase: { kind: 'idle' } });
  });

  it('idle → reading → idle with the file text; several files are refused and keep the text', () => {
    const r1 = Symbol('read');
    const reading = run(initialImportFlow(), { type: 'editText', text: 'typed' }, { type: 'readStart', request: r1 });
    expect(reading.phase.kind).toBe('reading');
    const read = importFlow(reading, { type: 'readDone', request: r1, one: { name: 'a.tf', text: TF } });
    expect(read).toMatchObject({ text: TF, fileStatus: { kind: 'loaded', file: 'a.tf' }, phase: { kind: 'idle' }, pending: undefined });
    const r2 = Symbol('read');
    const several = run(read, { type: 'readStart', request: r2 }, { type: 'readDone', request: r2, one: undefined });
    expect(several).toMatchObject({ text: TF, fileStatus: { kind: 'several' }, phase: { kind: 'idle' } });
  });

  it('idle → parsing → done, keeping the outcome and the planner checks', () => {
    const p = Symbol('parse');
    const parsing = run(initialImportFlow({ name: 'lb.json', text: ARM }), {
      type: 'parseStart',
      request: p,
      startedAt: 5,
      loadBalancer: undefined,
    });
    expect(parsing.phase).toEqual({ kind: 'parsing', startedAt: 5 });
    expect(importFlow(parsing, { type: 'parseEnd', request: p, end: done }).phase).toEqual({ kind: 'done', outcome: success, planner: [] });
  });

  it('parsing → failed: a crash, or the importer refusing the input', () => {
    const p = Symbol('parse');
    const parsing = importFlow(initialImportFlow(), { type: 'parseStart', request: p, startedAt: 0, loadBalancer: undefined });
    expect(importFlow(parsing, { type: 'parseEnd', request: p, end: { id: 1, kind: 'crashed', message: 'out of memory' } }).phase).toEqual({
      kind: 'failed',
      failure: { kind: 'crashed', reason: 'out of memory' },
    });
    const refused = { ok: false, format: 'arm', diagnostics: [] } as unknown as ImportFailure;
    const failed = importFlow(parsing, { type: 'parseEnd', request: p, end: { id: 1, kind: 'done', outcome: refused, planner: [] } });
    expect(failed.phase).toEqual({ kind: 'failed', failure: { kind: 'refused', outcome: refused } });
  });

  it('parsing → cancelled on Stop; the worker result that arrives afterwards is ignored', () => {
    const p = Symbol('parse');
    const cancelled = run(
      initialImportFlow(),
      { type: 'parseStart', request: p, startedAt: 0, loadBalancer: undefined },
      { type: 'cancel' },
    );
    expect(cancelled.phase.kind).toBe('cancelled');
    expect(importFlow(cancelled, { type: 'parseEnd', request: p, end: done })).toBe(cancelled);
    // The worker's own answer to Stop says so too.
    const p2 = Symbol('parse');
    const started = importFlow(cancelled, { type: 'parseStart', request: p2, startedAt: 1, loadBalancer: undefined });
    expect(importFlow(started, { type: 'parseEnd', request: p2, end: { id: 2, kind: 'cancelled' } }).phase.kind).toBe('cancelled');
  });

  it('a newer request wins: the older import or file read lands nowhere', () => {
    const older = Symbol('older');
    const newer = Symbol('newer');
    const s = run(
      initialImportFlow(),
      { type: 'parseStart', request: older, startedAt: 0, loadBalancer: undefined },
      { type: 'parseStart', request: newer, startedAt: 1, loadBalancer: 'lb2' },
    );
    expect(importFlow(s, { type: 'parseEnd', request: older, end: done })).toBe(s);
    const read = Symbol('read');
    const reading = run(
      initialImportFlow(),
      { type: 'readStart', request: read },
      { type: 'parseStart', request: newer, startedAt: 0, loadBalancer: undefined },
    );
    expect(importFlow(reading, { type: 'readDone', request: read, one: { name: 'x.tf', text: TF } })).toBe(reading);
    expect(importFlow(reading, { type: 'readFailed', request: read, file: 'x.tf', reason: 'gone' })).toBe(reading);
    const stopped = run(initialImportFlow(), { type: 'readStart', request: read }, { type: 'cancel' });
    expect(stopped.phase.kind).toBe('idle');
    expect(importFlow(stopped, { type: 'readDone', request: read, one: { name: 'x.tf', text: TF } })).toBe(stopped);
  });

  it('a parameters file read lands only if it is the latest; clearing it drops a read in flight', () => {
    const a = Symbol('a');
    const b = Symbol('b');
    const s = run(initialImportFlow(), { type: 'parametersStart', request: a }, { type: 'parametersStart', request: b });
    expect(importFlow(s, { type: 'parametersDone', request: a, file: { name: 'old.json', text: '{}' } })).toBe(s);
    expect(importFlow(s, { type: 'parametersDone', request: b, file: { name: 'p.json', text: '{}' } }).parametersFile).toEqual({
      name: 'p.json',
      text: '{}',
    });
    const cleared = importFlow(s, { type: 'parametersCleared' });
    expect(importFlow(cleared, { type: 'parametersDone', request: b, file: { name: 'p.json', text: '{}' } })).toBe(cleared);
  });

  it('changing what is imported forgets the chosen load balancer; editing the text leaves a failure', () => {
    const p = Symbol('parse');
    const picked = run(
      initialImportFlow({ name: 'lb.json', text: ARM }),
      { type: 'parseStart', request: p, startedAt: 0, loadBalancer: 'lb2' },
      { type: 'parseEnd', request: p, end: done },
    );
    expect(picked.loadBalancer).toBe('lb2');
    for (const a of [
      { type: 'editText', text: TF },
      { type: 'editFormat', format: 'bicep' },
      { type: 'editParams', paramsText: 'x=1' },
      { type: 'parametersCleared' },
    ] as const) {
      expect(importFlow(picked, a).loadBalancer).toBeUndefined();
    }
    const failed = importFlow(initialImportFlow(), { type: 'refuseEmpty' });
    expect(failed.phase).toEqual({ kind: 'failed', failure: { kind: 'empty' } });
    expect(importFlow(failed, { type: 'editText', text: 'x' }).phase.kind).toBe('idle');
    expect(importFlow(picked, { type: 'back' }).phase.kind).toBe('idle');
  });
});

describe('planImport', () => {
  it('refuses an empty text', () => {
    expect(planImport(initialImportFlow(), undefined)).toEqual({ kind: 'refuse', action: { type: 'refuseEmpty' } });
  });

  it('reads value lines for every format, and the parameters file for ARM (and Bicep) only', () => {
    const arm = {
      ...initialImportFlow({ name: 'lb.json', text: ARM }),
      paramsText: 'port=80',
      parametersFile: { name: 'p.json', text: '{"p":1}' },
    };
    expect(planImport(arm, 'lb2')).toEqual({
      kind: 'run',
      text: ARM,
      options: { format: 'auto', params: { port: '80' }, parametersFile: '{"p":1}', loadBalancer: 'lb2' },
    });
    const tf = { ...arm, text: TF };
    // Terraform variables take values too (`var.port`); a parameters file is ARM JSON and means nothing to it.
    expect(planImport(tf, undefined)).toEqual({ kind: 'run', text: TF, options: { format: 'auto', params: { port: '80' } } });
  });

  it('refuses malformed value lines with their errors', () => {
    const plan = planImport({ ...initialImportFlow({ name: 'lb.json', text: ARM }), paramsText: 'no equals sign' }, undefined);
    expect(plan).toMatchObject({ kind: 'refuse', action: { type: 'refuseParams' } });
    const action = plan.kind === 'refuse' ? plan.action : undefined;
    expect(action?.type === 'refuseParams' && action.errors.length).toBe(1);
  });
});

describe('the parameter form', () => {
  it('sends the filled-in values (trimmed; empty means the default) with the extra lines', () => {
    const s = run(
      initialImportFlow({ name: 'lb.tf', text: TF }),
      { type: 'editParam', name: 'lb_ip', value: ' 10.0.1.9 ' },
      { type: 'editParam', name: 'sku', value: '' },
      { type: 'editParams', paramsText: 'location=westeurope' },
    );
    const plan = planImport(s, undefined);
    expect(plan).toMatchObject({ kind: 'run', options: { params: { lb_ip: '10.0.1.9', location: 'westeurope' } } });
  });

  it('refuses a name given both in the form and as a line, pointing at the line', () => {
    const s = run(
      initialImportFlow({ name: 'lb.json', text: ARM }),
      { type: 'editParam', name: 'sqlLBName', value: 'a' },
      { type: 'editParams', paramsText: '# note\nsqlLBNameX=1\nsqlLBName = b' },
    );
    expect(planImport(s, undefined)).toEqual({
      kind: 'refuse',
      action: { type: 'refuseParams', errors: [{ kind: 'alsoInForm', line: 3, name: 'sqlLBName' }] },
    });
  });

  it('changing a value forgets the chosen load balancer', () => {
    const p = Symbol('parse');
    const chosen = importFlow(initialImportFlow({ name: 'lb.json', text: ARM }), {
      type: 'parseStart',
      request: p,
      startedAt: 0,
      loadBalancer: 'b',
    });
    expect(importFlow(chosen, { type: 'editParam', name: 'x', value: '1' }).loadBalancer).toBeUndefined();
  });
});
