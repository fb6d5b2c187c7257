import { describe, expect, it } from 'vitest';
import { messageOf } from '../diagnostics/diagnostic';
import { topology, vm } from '../testing/builders';
import { validate } from './analyze';

const marked = topology({
  frontends: [
    {
      name: '<sqlLBFE>',
      ip: '198.51.100.10',
      placeholders: [{ field: 'ip', reason: 'unresolved', source: "[parameters('sqlLBIPAddress')]" }],
    },
  ],
  rules: [],
  vms: [
    vm('VM1', '192.0.2.10', { placeholders: [{ field: 'nic.ip', reason: 'allocatedByAzure', source: 'resources[3].properties' }] }),
    vm('VM2', '10.0.0.5'),
  ],
});

describe('PlaceholderValue', () => {
  it('warns once per marker, naming the element, the field, the source and the fix', () => {
    const found = validate(marked).filter((d) => d.code === 'PlaceholderValue');
    expect(found.map((d) => [d.severity, d.refs])).toEqual([
      ['warning', [{ kind: 'frontend', name: '<sqlLBFE>' }]],
      ['warning', [{ kind: 'vm', name: 'VM1' }]],
    ]);
    const fe = messageOf(found[0]!);
    expect(fe).toContain('The ip of the frontend "<sqlLBFE>" is a placeholder');
    expect(fe).toContain("[parameters('sqlLBIPAddress')]");
    expect(fe).toContain('198.51.100.10');
    expect(fe).toContain('Replace it with the real value');
    expect(messageOf(found[1]!)).toContain('Azure allocates it when it deploys');
    expect(messageOf(found[1]!, 'ja')).toContain('プレースホルダー');
  });

  it('says nothing for a marker whose field is gone, or without markers', () => {
    const gone = topology({
      vms: [
        vm('VM1', '10.0.0.4', { placeholders: [{ field: 'nic.secondaryIps.3', reason: 'missing', source: 'x' }] }),
        vm('VM2', '10.0.0.5'),
      ],
    });
    expect(validate(gone).filter((d) => d.code === 'PlaceholderValue')).toEqual([]);
    expect(validate(topology()).filter((d) => d.code === 'PlaceholderValue')).toEqual([]);
  });
});
