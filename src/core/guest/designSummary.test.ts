import { describe, expect, it } from 'vitest';
import { sandwich } from '../scripts/sandwich.testing';
import { designGuestSummary } from './summary';

describe('designGuestSummary', () => {
  it('a VM behind a public and an internal load balancer holds both frontend IPs once and answers the shared probe once', () => {
    const s = designGuestSummary(sandwich, 'nva1')!;
    expect(s.addresses.map((a) => [a.ip, a.on, a.rules])).toEqual([
      ['203.0.113.10', 'loopback', ['public/web']],
      ['10.0.2.10', 'loopback', ['ilb/web']],
    ]);
    expect(s.listens.map((l) => [l.address, l.port, l.rules])).toEqual([
      ['203.0.113.10', 80, ['public/web']],
      ['10.0.2.10', 0, ['ilb/web']],
    ]);
    expect(s.probes.map((p) => [p.name, p.port, p.address])).toEqual([
      ['public/health', 8080, '10.0.1.4'],
      ['ilb/health', 8080, '10.0.1.4'],
    ]);
    expect(s.rules).toEqual(['public/web', 'ilb/web']);
  });

  it('a VM no load balancer reaches has no summary', () => {
    expect(designGuestSummary(sandwich, 'other')).toBeUndefined();
  });
});
