import { describe, expect, it } from 'vitest';
import { guestSummaries, guestSummary } from '../../../core/guest/summary';
import { fill } from '../../../core/i18n/locale';
import { natRule, rule, topology } from '../../../core/testing/builders';
import { preset } from '../../../core/testing/presets';
import type { LbTopology } from '../../../core/topology/schema';
import { analyze } from '../../../core/validation/analyze';
import { en } from './messages.en';
import { ja } from './messages.ja';
import { cardSentence, cardVms, filterCards } from './vmCards';

const tEn = (key: keyof typeof en, params?: Record<string, string | number>) => fill(en[key], params);
const tJa = (key: keyof typeof en, params?: Record<string, string | number>) => fill(ja[key], params);
const sentence = (t: LbTopology, vm: string, locale: 'en' | 'ja' = 'en') =>
  cardSentence(guestSummary(t, analyze(t), vm), locale === 'en' ? tEn : tJa, locale);

describe('cardSentence', () => {
  it('floating IP on: the addresses on a loopback, the listening and probe ports', () => {
    expect(sentence(preset('type2-floating-ip'), 'VM1')).toBe(
      'VM1 holds 65.52.0.1 and 65.52.0.2 on a loopback, listens on :80, probes on :8081 and :8082.',
    );
    expect(sentence(preset('type2-floating-ip'), 'VM1', 'ja')).toBe(
      'VM1 はループバックに 65.52.0.1、65.52.0.2 を保持します。待ち受け: :80。プローブ: :8081、:8082。',
    );
  });

  it('floating IP off: the NIC address receives', () => {
    expect(sentence(preset('type1-no-port-reuse'), 'VM2')).toMatch(
      /^VM2 receives on its NIC address 10\.0\.0\.5, listens on :80 and :81, probes on :/,
    );
  });

  it('an appliance forwards and listens on nothing; a cluster holds through its cluster', () => {
    expect(sentence(preset('nva-ha-ports'), 'nva1')).toMatch(/^nva1 forwards, keeping the original destination, probes on :\d+\.$/);
    expect(sentence(preset('sql-always-on'), 'sql1')).toMatch(/^sql1 holds .+ through its cluster, on the active node, listens on :\d+/);
  });

  it('a NAT-only VM, a VM without probes, and a VM no rule reaches', () => {
    const t = topology({
      backendPools: [{ name: 'pool', members: [] }],
      rules: [],
      inboundNatRules: [natRule('ssh', { backendPort: 22, floatingIp: true })],
    });
    expect(sentence(t, 'VM1')).toBe('VM1 holds 203.0.113.1 on a loopback, listens on :22.');
    expect(sentence(t, 'VM2')).toBe('No rule reaches VM2 yet.');
    expect(sentence(t, 'VM2', 'ja')).toBe('VM2 に届く規則はまだありません。');
  });

  it('HA ports listen on every port', () => {
    const t = topology({
      loadBalancer: { name: 'lb', sku: 'Standard', type: 'Internal' },
      frontends: [{ name: 'FE1', ip: '10.0.2.10' }],
      rules: [rule('ha', { protocol: 'All', frontendPort: 0, backendPort: 0, floatingIp: true })],
    });
    expect(sentence(t, 'VM1')).toBe('VM1 holds 10.0.2.10 on a loopback, listens on every port, probes on :80.');
  });
});

describe('cardVms and filterCards', () => {
  it('lists the VMs the mapping reaches in the topology order', () => {
    const t = topology({
      vms: [...topology().vms, { name: 'VM0', os: 'ubuntu', nic: { name: 'eth0', ip: '10.0.0.9' } }],
      inboundNatRules: [natRule('ssh', { target: 'VM0' })],
      backendPools: [{ name: 'pool', members: ['VM2'] }],
    });
    const a = analyze(t);
    expect(cardVms(t.vms, a.rows, a.natRows)).toEqual(['VM2', 'VM0']);
  });

  it('filters on the VM name and the sentence, every word', () => {
    const t = preset('type2-floating-ip');
    const cards = guestSummaries(t, analyze(t), ['VM1', 'VM2']).map((s) => ({ vm: s.vm, sentence: cardSentence(s, tEn, 'en') }));
    expect(filterCards(cards, '').map((c) => c.vm)).toEqual(['VM1', 'VM2']);
    expect(filterCards(cards, 'vm2 65.52.0.2').map((c) => c.vm)).toEqual(['VM2']);
    expect(filterCards(cards, ':8081').map((c) => c.vm)).toEqual(['VM1', 'VM2']);
    expect(filterCards(cards, 'nothing-like-this')).toEqual([]);
  });
});
