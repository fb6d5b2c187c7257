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
});

describe('exportMimeType', () => {
  it('downloads the CLI script as a shell script and ARM as JSON', () => {
    expect(exportMimeType('azcli')).toBe('text/x-shellscript');
    expect(exportMimeType('arm')).toBe('application/json');
    expect(exportMimeType('terraform')).toBe('text/plain');
  });
});
