import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { preset } from '../testing/presets';
import type { WhatIf } from '../trace/whatIf';
import { drawn, panel, rows } from './svgParts.testing';

const svgOf = (whatIf: WhatIf, locale: 'en' | 'ja' = 'en') =>
  drawn(preset('type2-floating-ip'), { rule: 'rule1', vm: 'VM1', whatIf, locale });

describe('trace diagram with what-if switches', () => {
  it('matches the golden SVGs for "no loopback" (English) and "probe port closed" (Japanese)', async () => {
    await expect(svgOf({ noLoopback: true })).toMatchFileSnapshot('__golden__/type2-rule1-VM1.no-loopback.svg');
    await expect(svgOf({ probePortClosed: true }, 'ja')).toMatchFileSnapshot('__golden__/type2-rule1-VM1.probe-closed.ja.svg');
  });

  it('no loopback: the floating IP panel drops hop 2 at the VM with the reason and greys hops 3–4; the other panel is untouched', () => {
    const svg = svgOf({ noLoopback: true });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('what if the guest has no loopback address for the frontend IP</title>');
    const on = rows(panel(svg, 'on'));
    expect(on[0]).toMatch(/^row-flow"/);
    expect(on[1]).toMatch(/^row-flow row-failed"/);
    expect(on[1]).toContain('class="a-fail"');
    expect(on[1]).toContain('>✗ dropped by VM1<');
    expect(on[1]).toContain('class="note t-fail"');
    expect(on[1]).toMatch(/VM1 drops the packet[\s\S]*Fix: add 65\.52\.0\.1 to[\s\S]*a loopback/);
    for (const later of [on[2]!, on[3]!]) {
      expect(later).toMatch(/^row-flow row-not-reached"[\s\S]*<line class="a-flow" [^>]*opacity="0\.4"\/>[\s\S]*>not reached</);
      // Greyed by colour, not by fading the text, so it keeps its contrast.
      expect(later).not.toMatch(/class="(same|chg)"/);
    }
    expect(panel(svg, 'off')).not.toMatch(/row-failed|row-not-reached/);
    // The panel where the switch changes nothing says so, and why.
    const noEffect = [...panel(svg, 'off').matchAll(/<text class="note t-ok" [^>]*>([^<]*)</g)].map((m) => m[1]).join(' ');
    expect(noEffect).toMatch(
      /^What if the guest has no loopback address for the frontend IP\? No effect with floating IP off: the packet is addressed to the NIC IP \(10\.0\.0\.4\)/,
    );
    expect(panel(svg, 'on')).not.toContain('No effect');
    // The extra lines push both panels' boxes down alike, so hop rows stay side by side.
    const firstNodeY = (p: string) => /<rect class="node" x="[\d.]+" y="([\d.]+)"/.exec(p)![1];
    expect(firstNodeY(panel(svg, 'off'))).toBe(firstNodeY(panel(svg, 'on')));
    expect(svg).toMatch(/2\. lb-to-vm: 198\.51\.100\.10:50000 to 65\.52\.0\.1:80 FAILS: VM1 drops the packet/);
  });

  it('probe port closed: both panels fail at hop 2 (out of rotation) and draw the probe failing', () => {
    const svg = svgOf({ probePortClosed: true });
    for (const which of ['off', 'on'] as const) {
      const r = rows(panel(svg, which));
      expect(r[1], which).toMatch(/^row-flow row-failed"[\s\S]*✗ VM1 out of rotation/);
      const probe = r.find((x) => x.startsWith('row-probe'))!;
      expect(probe).toMatch(/^row-probe row-failed"[\s\S]*✗ no answer[\s\S]*8081 is closed on VM1/);
    }
  });

  it("outbound from the frontend IP: only the floating IP panel marks the application's flow as failing", () => {
    const svg = svgOf({ outboundFromFrontendIp: true });
    const fail = rows(panel(svg, 'on')).find((x) => x.startsWith('row-fail'))!;
    expect(fail).toMatch(
      /^row-fail row-failed"[\s\S]*Your application opens a flow from the frontend IP[\s\S]*primary IP configuration \(10\.0\.0\.4\)/,
    );
    expect(
      rows(panel(svg, 'on'))
        .slice(0, 4)
        .every((r) => !r.includes('row-failed')),
    ).toBe(true);
    expect(panel(svg, 'off')).not.toContain('row-fail');
  });

  it('listens on the NIC IP only: no listener on VM1 with floating IP', () => {
    const on = rows(panel(svgOf({ listensOnNicIpOnly: true }), 'on'));
    expect(on[1]).toMatch(/✗ no listener on VM1[\s\S]*nothing listens on 65\.52\.0\.1:80/);
  });
});
