import { describe, expect, it } from 'vitest';
import { ERROR_CODES, INFO_CODES, WARNING_CODES } from '../diagnostics/diagnostic';
import { withCode } from '../testing/builders';
import { cases } from './codeCases.testing';
import { natCases } from './natCodeCases.testing';
import { rule, topology, vm } from '../testing/builders';
import { analyze } from './analyze';
import { messageOf } from '../diagnostics/diagnostic';
import { render } from '../i18n/text';
import { names, text } from './catalogText';
import { validationEn } from './messages.en';
import { validationJa } from './messages.ja';

// Words of the English templates that must not survive in a Japanese message.
const ENGLISH_WORDS = /\b(Rule|Rules|Probe|Frontend|Frontends|Backend|would|which|does|not|the|and|more|Add|Give|Enable|every|port)\b/;
// The codes across load balancers have their own Japanese test (acrossLbs.test.ts).
const ALL_CODES = [...ERROR_CODES, ...WARNING_CODES, ...INFO_CODES].filter((c): c is keyof typeof cases => c in cases);

describe('diagnostics in Japanese', () => {
  it.each(ALL_CODES)('%s: the Japanese message is filled in and has no English template words', (code) => {
    const found = withCode(cases[code].bad, code);
    expect(found.length).toBeGreaterThan(0);
    for (const d of found) {
      const ja = messageOf(d, 'ja');
      expect(ja).not.toMatch(/\{\w+\}/);
      expect(ja).not.toMatch(ENGLISH_WORDS);
      expect(ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      // The element names still appear, so the user can find them on the canvas.
      for (const name of d.elements.slice(0, 3)) expect(ja).toContain(name);
    }
  });

  it.each(natCases.map((c) => [`${c.code}: ${c.name}`, c] as const))(
    'inbound NAT rules, %s: Japanese message filled in, English as built',
    (_, { code, bad }) => {
      const found = withCode(bad, code);
      expect(found.length).toBeGreaterThan(0);
      for (const d of found) {
        const ja = messageOf(d, 'ja');
        expect(ja).not.toMatch(/\{\w+\}/);
        expect(ja).not.toMatch(ENGLISH_WORDS);
        expect(ja).not.toMatch(/\b(inbound|NAT rule|target)\b/i);
        for (const name of d.elements.slice(0, 3)) expect(ja).toContain(name);
      }
    },
  );

  it('renders English by default: messageOf(d) is the message the CLI prints', () => {
    const d = withCode(topology({ rules: [rule('r1', { probe: undefined })] }), 'NoProbe')[0]!;
    expect(messageOf(d)).toBe(messageOf(d, 'en'));
    expect(messageOf(d)).toMatch(/^Rule r1 /);
  });

  it('keeps Azure error code names untranslated', () => {
    const d = withCode(
      topology({ rules: Array.from({ length: 301 }, (_, i) => rule(`r${i}`, { frontendPort: i + 1, backendPort: i + 1 })) }),
      'RulesPerNicExceeded',
    )[0]!;
    expect(messageOf(d, 'ja')).toContain('LoadBalancerRuleCountLimitReachedForNic');
    const dup = withCode(
      topology({
        frontends: [
          { name: 'FE1', ip: '10.1.0.4' },
          { name: 'FE2', ip: '10.1.0.4' },
        ],
      }),
      'DuplicateFrontendIp',
    )[0]!;
    expect(messageOf(dup, 'ja')).toContain('MultipleIpConfigsRequestSamePrivateIpAddress');
  });

  it("lists names the Japanese way and uses Microsoft's terms", () => {
    const t = topology({
      frontends: [{ name: 'FE1', ip: '2001:db8::1' }],
      vms: [vm('VM1', '10.0.0.4'), vm('VM2', '10.0.0.5'), vm('VM3', '10.0.0.6')],
      backendPools: [{ name: 'pool', members: ['VM1', 'VM2', 'VM3'] }],
    });
    const d = withCode(t, 'IpVersionMismatch')[0]!;
    expect(messageOf(d)).toContain('VM1, VM2 and VM3 have no IPv6 address');
    expect(messageOf(d, 'ja')).toContain('VM1、VM2、VM3 にはプール内の IPv6 アドレスがありません');
    const probe = withCode(topology({ rules: [rule('r1', { probe: undefined })] }), 'NoProbe')[0]!;
    expect(messageOf(probe, 'ja')).toContain('正常性プローブ');
    const guest = withCode(topology({ rules: [rule('r1', { floatingIp: true })] }), 'FloatingIpGuestConfigRequired')[0]!;
    expect(messageOf(guest, 'ja')).toContain('ループバック インターフェイスに 203.0.113.1');
  });

  it('renders nested texts and name lists in the same language', () => {
    const t = text('UnknownReference.missing', {
      owner: text('owner.rule', { name: 'r1' }),
      what: text('kind.backendPool'),
      name: 'p9',
      have: names(['b', 'a']),
    });
    expect(render(t, 'en')).toBe('Rule r1 refers to backend pool "p9", which does not exist. Connect it to a and b, or add one.');
    expect(render(t, 'ja')).toBe(
      '規則 r1 が参照しているバックエンド プール「p9」は存在しません。a、b に接続するか、新しく追加してください。',
    );
  });

  it('has a Japanese text for every key, different from the English one except codes and names', () => {
    for (const [key, en] of Object.entries(validationEn)) {
      const ja = validationJa[key as keyof typeof validationEn];
      expect(ja, key).toBeTruthy();
      expect(ja, key).not.toBe(en);
    }
  });

  it('a topology full of problems has a Japanese message for each', () => {
    const { diagnostics } = analyze(
      topology({ rules: [rule('r1', { frontend: '', backendPool: 'x', protocol: 'xx', frontendPort: -1 })] }),
    );
    expect(diagnostics.length).toBeGreaterThan(2);
    for (const d of diagnostics) expect(messageOf(d, 'ja')).not.toBe(messageOf(d));
  });
});
