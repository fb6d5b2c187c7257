import { describe, expect, it } from 'vitest';
import { exportFileName, exportMimeType } from './exportFile';

describe('exportFileName', () => {
  it('names each format after the topology with its own suffix', () => {
    const name = 'Two frontends with floating IP (rule type 2)';
    expect(exportFileName(name, 'azcli')).toBe('two-frontends-with-floating-ip-rule-type-2.azcli.sh');
    expect(exportFileName(name, 'arm')).toBe('two-frontends-with-floating-ip-rule-type-2.json');
    expect(exportFileName(name, 'bicep')).toBe('two-frontends-with-floating-ip-rule-type-2.bicep');
    expect(exportFileName(name, 'terraform')).toBe('two-frontends-with-floating-ip-rule-type-2.tf');
  });

  it('drops accents, path characters and leading dots, and never returns an empty name', () => {
    expect(exportFileName('../Café lb', 'terraform')).toBe('cafe-lb.tf');
    expect(exportFileName('負荷分散', 'arm')).toBe('topology.json');
    expect(exportFileName('', 'bicep')).toBe('topology.bicep');
  });

  it('keeps names short', () => {
    expect(exportFileName('x'.repeat(100), 'arm')).toBe(`${'x'.repeat(60)}.json`);
  });

  it("names one load balancer's file after it too, cutting a long topology name rather than the load balancer's", () => {
    expect(exportFileName('Two LBs', 'arm', 'ilb')).toBe('two-lbs-ilb.json');
    const long = 'NVA sandwich: a public and an internal load balancer on the same appliances';
    const internal = exportFileName(long, 'arm', 'lb-internal');
    expect(internal).toMatch(/^nva-sandwich-.*-lb-internal\.json$/);
    expect(internal.length).toBeLessThanOrEqual(60 + '.json'.length);
    expect(exportFileName(long, 'arm', 'lb-public')).not.toBe(internal);
    expect(exportFileName('x', 'arm', 'y'.repeat(100))).toBe(`x-${'y'.repeat(30)}.json`);
  });
});

describe('exportMimeType', () => {
  it('downloads the CLI script as a shell script and ARM as JSON', () => {
    expect(exportMimeType('azcli')).toBe('text/x-shellscript');
    expect(exportMimeType('arm')).toBe('application/json');
    expect(exportMimeType('terraform')).toBe('text/plain');
  });
});
