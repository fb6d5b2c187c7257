import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { natRule, topology } from '../testing/builders';
import { traceDiagram } from './diagram';

// The before/after diagram of an inbound NAT rule: RDP to VM1 through FE1 (203.0.113.1:50001 → 10.0.0.4:3389).
const t = topology({ inboundNatRules: [natRule('rdp-vm1')] });

function svg(locale?: 'ja') {
  const r = traceDiagram(t, { rule: 'rdp-vm1', kind: 'natRule', vm: 'VM1', locale });
  if (!r.ok) throw new Error(r.error);
  return r.svg;
}

const panel = (s: string, which: 'off' | 'on') =>
  s.slice(s.indexOf(`<g class="panel-${which}"`), which === 'off' ? s.indexOf('<g class="panel-on"') : s.length);
/** The text of a panel's `lb-to-vm` row: what the VM receives. */
const atVm = (p: string) => p.split('<g class="row ')[2]!.replace(/<[^>]+>/g, '');

describe('trace diagram of an inbound NAT rule', () => {
  it('names the NAT rule and draws NIC IP:backend port off, frontend IP:backend port on, with no probe path', () => {
    const s = svg();
    expect(XMLValidator.validate(s)).toBe(true);
    expect(s).toContain('<title id="fpd-title">Inbound NAT rule rdp-vm1 → VM1: floating IP off and on</title>');
    expect(atVm(panel(s, 'off'))).toContain('10.0.0.4:3389');
    expect(atVm(panel(s, 'on'))).toContain('203.0.113.1:3389');
    expect(atVm(panel(s, 'on'))).not.toContain('10.0.0.4');
    expect(s).not.toContain('168.63.129.16');
    // The rule's own setting (off) carries the badge; the on panel shows the outbound limitation.
    expect(panel(s, 'off')).toContain('this rule');
    expect(panel(s, 'on')).not.toContain('this rule');
    expect(panel(s, 'on')).toContain('10.0.0.4');
  });

  it("is written in Japanese with Microsoft's term for the rule", () => {
    expect(svg('ja')).toContain('受信 NAT 規則 rdp-vm1 → VM1: フローティング IP 無効と有効');
  });

  it('reports an unknown NAT rule instead of drawing', () => {
    expect(traceDiagram(t, { rule: 'rdp-vm9', kind: 'natRule', vm: 'VM1' })).toEqual({
      ok: false,
      error: expect.stringMatching(/no inbound NAT rule named "rdp-vm9"/),
    });
  });
});
