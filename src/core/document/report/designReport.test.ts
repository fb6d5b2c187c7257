import { describe, expect, it } from 'vitest';
import { messageOf } from '../../diagnostics/diagnostic';
import { lbView, migrateV1 } from '../../topology/design';
import { loadTopology } from '../../topology/load';
import type { Topology } from '../../topology/schema';
import { preset, presetTopology } from '../../testing/presets';
import { analyzeTopology } from '../../validation/analyzeTopology';
import { designReportModel } from './designModel';
import { escapeHtml } from './html';
import { reportHtml, reportMarkdown, topologyFromReport } from './report';

const sandwich = presetTopology('nva-sandwich');
const cross = presetTopology('cross-region');
const tableOf = (html: string, id: string) =>
  html.slice(html.indexOf(`<section id="${id}">`), html.indexOf('</section>', html.indexOf(`<section id="${id}">`)));

describe('the design report of several load balancers', () => {
  it('has a section per load balancer, what lies across them, every VM once and a script per VM', () => {
    const model = designReportModel(sandwich);
    expect(model.sections.map((s) => s.id)).toEqual(['description', 'load-balancers', 'lb-1', 'lb-2', 'across', 'vms', 'scripts']);
    expect(model.sections.map((s) => s.title).slice(2, 5)).toEqual([
      'Load balancer lb-public',
      'Load balancer lb-internal',
      'Across load balancers',
    ]);
    const lbs = model.sections[1]!.blocks[0] as { head: string[]; rows: string[][] };
    expect(lbs.rows.map((r) => r.slice(0, 4))).toEqual([
      ['lb-public', 'Standard', 'Public', 'Regional'],
      ['lb-internal', 'Standard', 'Internal', 'Regional'],
    ]);
    const vmTitles = model.sections[5]!.blocks.filter((b) => b.kind === 'h3').map((b) => (b as { text: string }).text);
    expect(vmTitles).toEqual(sandwich.vms.map((vm) => `VM ${vm.name} (${vm.os}, NIC ${vm.nic.ip})`));
    expect(model.sections[6]!.blocks).toHaveLength(sandwich.vms.length);
    expect(JSON.parse(model.json)).toEqual(sandwich);
  });

  it("puts each load balancer's mapping and findings in its own section, and the rest under Across", () => {
    const html = reportHtml(sandwich);
    const analysis = analyzeTopology(sandwich);
    sandwich.loadBalancers.forEach((lb, k) => {
      const section = tableOf(html, `lb-${k + 1}`);
      for (const r of analysis.parts[k]!.analysis.rows)
        expect(section).toContain(`<td>${escapeHtml(r.rule)}</td><td>${escapeHtml(r.vm)}</td>`);
      for (const d of analysis.diagnostics.filter((x) => x.loadBalancer === lb.name)) expect(section).toContain(escapeHtml(messageOf(d)));
      for (const other of sandwich.loadBalancers.filter((o) => o !== lb)) expect(section).not.toContain(`<td>${other.name}</td>`);
    });
    const across = tableOf(html, 'across');
    const acrossFindings = analysis.diagnostics.filter((d) => d.loadBalancer === undefined);
    if (acrossFindings.length) for (const d of acrossFindings) expect(across).toContain(escapeHtml(messageOf(d)));
    else expect(across).toContain('No findings across load balancers.');
    expect(across).toContain('No load balancer refers to another.');
  });

  it('names a VM’s rules with their load balancer: an appliance behind both receives both', () => {
    const vms = tableOf(reportHtml(sandwich), 'vms');
    for (const lb of sandwich.loadBalancers) for (const r of lb.rules) expect(vms).toContain(`<td>${lb.name}/${r.name}</td>`);
  });

  it('lists the Global pool’s regional frontends as references', () => {
    const across = tableOf(reportHtml(cross), 'across');
    expect(across).toContain('<td>Regional frontend in a Global pool</td><td>lb-global/regions</td><td>lb-west/web</td>');
    expect(across).toContain('<td>Regional frontend in a Global pool</td><td>lb-global/regions</td><td>lb-east/web</td>');
  });

  it('plans the NSG of a regional load balancer with the global frontend IP when the Global rule has floating IP', () => {
    const on: Topology = {
      ...cross,
      loadBalancers: cross.loadBalancers.map((lb, i) => (i ? lb : { ...lb, rules: lb.rules.map((r) => ({ ...r, floatingIp: true })) })),
    };
    expect(tableOf(reportHtml(on), 'lb-2')).toContain(
      '<td>allow-global-lb-global-https</td><td>Tcp</td><td>Internet</td><td>203.0.113.50</td>',
    );
    expect(tableOf(reportHtml(cross), 'lb-2')).not.toContain('203.0.113.50');
  });

  it('draws each load balancer’s floating rules, every SVG id once in the file', () => {
    const floating: Topology = {
      ...sandwich,
      loadBalancers: sandwich.loadBalancers.map((lb) => ({ ...lb, rules: lb.rules.map((r) => ({ ...r, floatingIp: true })) })),
    };
    const html = reportHtml(floating);
    expect(html.match(/<svg/g)).toHaveLength(floating.loadBalancers.flatMap((lb) => lb.rules).length);
    expect(tableOf(html, 'lb-1').match(/<svg/g)).toHaveLength(floating.loadBalancers[0]!.rules.length);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id) => id!.startsWith('fpr')).length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('embeds the whole design, which opens back as it is; Markdown too; Japanese headings', () => {
    for (const text of [reportHtml(sandwich), reportMarkdown(sandwich, { locale: 'ja' })]) {
      const loaded = loadTopology(topologyFromReport(text)!);
      expect(loaded.ok && loaded.topology).toEqual(sandwich);
    }
    expect(reportMarkdown(sandwich, { locale: 'ja' })).toContain('## ロード バランサー間');
    expect(reportHtml(sandwich)).toBe(reportHtml(structuredClone(sandwich)));
  });

  it('reports a design of one load balancer exactly as its view', () => {
    const one: Topology = migrateV1(preset('type2-floating-ip'));
    expect(reportHtml(one)).toBe(reportHtml(lbView(one, 0)));
    expect(reportMarkdown(one, { locale: 'ja' })).toBe(reportMarkdown(preset('type2-floating-ip'), { locale: 'ja' }));
  });

  it('escapes hostile load balancer names', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const t: Topology = { ...sandwich, loadBalancers: sandwich.loadBalancers.map((lb, i) => (i === 0 ? { ...lb, name: evil } : lb)) };
    const html = reportHtml(t).replace(/<script type="application\/json" id="floatplan-topology">[\s\S]*?<\/script>/, '');
    expect(html).not.toMatch(/<img|<script/i);
    expect(html).toContain('Load balancer &lt;img src=x onerror=alert(1)&gt;');
  });
});
