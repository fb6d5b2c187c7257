import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { topologyFromReport } from '../core/document/report/report';
import { runCli } from './runCli.testing';

const EXAMPLE = 'public/examples/type2-floating-ip.json';
const example = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'floatplan-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('floatplan report', () => {
  it('prints the HTML report with the topology embedded', () => {
    const { code, out } = runCli(['report', EXAMPLE, '--format', 'html']);
    expect(code).toBe(0);
    expect(out).toContain('<title>Design report: Two frontends with floating IP (rule type 2)</title>');
    expect(JSON.parse(topologyFromReport(out)!)).toEqual(example);
  });

  it('writes Markdown in Japanese with --out and --lang ja', () => {
    const out = join(dir, 'report.md');
    const r = runCli(['report', EXAMPLE, '--format', 'md', '--lang', 'ja', '--out', out]);
    expect(r).toMatchObject({ code: 0, out: `wrote ${out}` });
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('# 設計レポート: ');
    expect(JSON.parse(topologyFromReport(md)!)).toEqual(example);
  });

  it('reads a report back as its topology, in every command', () => {
    const report = runCli(['report', EXAMPLE, '--format', 'html']).out;
    const fromReport = runCli(['map', 'r.html', '--json'], { 'r.html': report });
    expect(fromReport.code).toBe(0);
    expect(fromReport.out).toBe(runCli(['map', EXAMPLE, '--json']).out);
  });

  it('refuses a missing or unknown format and an unknown language (exit 2)', () => {
    expect(runCli(['report', EXAMPLE]).err).toContain('missing --format');
    expect(runCli(['report', EXAMPLE, '--format', 'pdf'])).toMatchObject({ code: 2 });
    expect(runCli(['report', EXAMPLE, '--format', 'md', '--lang', 'fr']).err).toContain('--lang fr: use en or ja');
  });

  it('is listed in --help', () => {
    expect(runCli(['--help']).out).toContain('floatplan report <file> --format html|md');
  });
});
