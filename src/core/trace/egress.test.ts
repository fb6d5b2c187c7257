import { describe, expect, it } from 'vitest';
import { rule } from '../testing/builders';
import { internalOnly } from '../validation/outboundCodeCases.testing';
import { egressSummary, hasEgress, publicEgress } from './egress';
import { traceFlow } from './trace';

const floating = internalOnly({ rules: [rule('r1', { floatingIp: true })] });
const traced = (locale?: 'ja') => {
  const r = traceFlow(floating, { rule: 'r1', vm: 'VM1', ...(locale ? { locale } : {}) });
  if (!r.ok) throw new Error(r.error);
  return r.trace;
};

describe('a trace carries the VM’s outbound path (issue 15)', () => {
  it('behind an internal Standard load balancer: no path, whatever the floating IP limitation says', () => {
    const t = traced();
    expect(t.outbound).toMatchObject({ allowedSrc: '10.0.0.4', failingSrc: '10.0.1.10' });
    expect(t.egress).toMatchObject({ vm: 'VM1', kind: 'none', nicIp: '10.0.0.4' });
    expect(hasEgress(t.egress)).toBe(false);
    expect(t.egress!.note).toMatch(/^VM1 has no outbound path to the internet/);
    expect(egressSummary(t.egress!)).toBe('none from 10.0.0.4');
  });

  it('renders the reason in the trace’s language, and its JSON form drops the catalog text', () => {
    expect(traced('ja').egress!.note).toContain('送信経路がありません');
    const json = publicEgress(traced().egress!);
    expect(json).not.toHaveProperty('text');
    expect(json).not.toHaveProperty('note');
    expect(json.message).toMatch(/Fix: associate a NAT gateway/);
  });

  it('is there with floating IP off too, where the trace has no floating IP limitation', () => {
    const r = traceFlow(internalOnly(), { rule: 'r1', vm: 'VM2' });
    expect(r.ok && r.trace.outbound).toBe(undefined);
    expect(r.ok && r.trace.egress?.kind).toBe('none');
  });
});
