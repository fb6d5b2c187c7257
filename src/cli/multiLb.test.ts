// The commands on a version 2 topology of several load balancers: validate and map cover them all and say whose each
// row and finding is; draw, report and export cover them all too, or the one --lb names; trace and nsg work on one
// (trace finds it by the rule).
import { describe, expect, it } from 'vitest';
import { crossRegion, nvaSandwich } from '../core/export/multiLb.testing';
import { runCli } from './runCli.testing';

const files = { 'nva.json': JSON.stringify(nvaSandwich()), 'global.json': JSON.stringify(crossRegion()) };
const run = (...args: string[]) => runCli(args, files);

describe('commands on a topology of several load balancers', () => {
  it('map --json gives every load balancer its rows, each saying whose it is', () => {
    const r = run('map', 'nva.json', '--json');
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out).rows as { loadBalancer: string; rule: string; vm: string }[];
    expect(rows.map((x) => [x.loadBalancer, x.rule, x.vm])).toEqual([
      ['lb-public', 'https', 'nva1'],
      ['lb-public', 'https', 'nva2'],
      ['lb-internal', 'ha-ports', 'nva1'],
      ['lb-internal', 'ha-ports', 'nva2'],
    ]);
  });

  it('map as a table has a load balancer column', () => {
    const r = run('map', 'nva.json');
    expect(r.out.split('\n')[0]).toMatch(/^Load balancer\s+Rule\s+Frontend/);
    expect(r.out).toMatch(/lb-internal\s+ha-ports/);
  });

  it('validate --json tags each finding of a load balancer with its name', () => {
    const r = run('validate', 'global.json', '--json');
    const diagnostics = JSON.parse(r.out).diagnostics as { loadBalancer?: string; refs: { loadBalancer?: string; kind: string }[] }[];
    for (const d of diagnostics.filter((x) => x.loadBalancer !== undefined))
      for (const ref of d.refs.filter((x) => x.kind !== 'vm')) expect(ref.loadBalancer).toBe(d.loadBalancer);
    expect(run('validate', 'nva.json', '--lb', 'lb-public').code).toBe(2);
  });

  it('trace finds the load balancer holding the rule, or asks for --lb naming them', () => {
    const r = run('trace', 'nva.json', '--rule', 'ha-ports', '--vm', 'nva1', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ loadBalancer: 'lb-internal', rule: 'ha-ports', vm: 'nva1' });
    const both = run('trace', 'global.json', '--rule', 'http', '--vm', 'web-e1');
    expect(both.code).toBe(2);
    expect(both.err).toMatch(/"lb-global", "lb-east", "lb-west" each have a rule named "http": choose the load balancer with --lb <name>/);
    const picked = run('trace', 'global.json', '--rule', 'http', '--vm', 'web-e1', '--lb', 'lb-east', '--json');
    expect(JSON.parse(picked.out)).toMatchObject({ loadBalancer: 'lb-east', vm: 'web-e1' });
  });

  it('draw and report cover every load balancer without --lb, the one it names with it', () => {
    const chart = run('draw', 'nva.json', '--format', 'mermaid');
    expect(chart.code).toBe(0);
    expect(chart.out).toContain('subgraph lb_1["lb-public (Standard, Public, Regional)"]');
    expect(chart.out).toContain('subgraph lb_2["lb-internal (Standard, Internal, Regional)"]');
    expect(run('draw', 'nva.json', '--format', 'mermaid', '--lb', 'lb-internal').out).not.toContain('subgraph');
    const svg = run('draw', 'global.json', '--format', 'svg');
    expect(svg.out).toMatch(/<g class="frame" data-lb="lb-global">[\s\S]*<g class="frame" data-lb="lb-west">/);
    const report = run('report', 'nva.json', '--format', 'md');
    expect(report.out).toContain('## Load balancer lb-public');
    expect(report.out).toContain('## Load balancer lb-internal');
    expect(report.out).toContain('## Across load balancers');
    const one = run('report', 'nva.json', '--format', 'md', '--lb', 'lb-internal');
    expect([one.code, one.out.includes('## Load balancer lb-public')]).toEqual([report.code, false]);
    expect(run('draw', 'nva.json', '--format', 'svg', '--lb', 'nope').err).toMatch(/--lb nope: no such load balancer/);
  });

  it('nsg needs --lb and names the load balancers there are', () => {
    for (const command of [['nsg', 'nva.json']]) {
      const r = run(...command);
      expect(r.code, command.join(' ')).toBe(2);
      expect(r.err).toContain('this topology has 2 ("lb-public", "lb-internal"): choose one with --lb <name>');
      expect(run(...command, '--lb', 'lb-internal').code, command.join(' ')).toBe(0);
    }
    expect(run('nsg', 'nva.json', '--lb', 'nope').err).toMatch(
      /--lb nope: no such load balancer; this topology has "lb-public", "lb-internal"/,
    );
  });

  it('export writes every load balancer, or the one --lb names, in every format', () => {
    const arm = run('export', 'nva.json', '--format', 'arm');
    expect(arm.code).toBe(0);
    expect(JSON.parse(arm.out).resources.filter((r: { type: string }) => r.type === 'Microsoft.Network/loadBalancers')).toHaveLength(2);
    const one = run('export', 'nva.json', '--format', 'terraform', '--lb', 'lb-internal');
    expect([one.code, one.out]).toEqual([0, expect.stringContaining('resource "azurerm_lb"')]);
    const several = run('export', 'nva.json', '--format', 'terraform');
    expect(several.code).toBe(0);
    expect(several.out.match(/^resource "azurerm_lb" /gm)).toHaveLength(2);
  });
});
