import { describe, expect, it } from 'vitest';
import { updateElement } from '../../core/edit/elements';
import { preset } from '../../core/testing/presets';
import type { LbTopology } from '../../core/topology/schema';
import { analyze } from '../../core/validation/analyze';
import { flowInput } from './flowInput.testing';
import { createFlowMapper, type ElementNode } from './toFlow';

const base = preset('type2-floating-ip');
const marked: LbTopology = {
  ...base,
  frontends: base.frontends.map((f, i) =>
    i === 0 ? { ...f, placeholders: [{ field: 'ip', reason: 'allocatedByAzure' as const, source: 'frontendIPConfigurations[0]' }] } : f,
  ),
};
const nodesOf = (t: LbTopology, locale: 'en' | 'ja' = 'en') =>
  createFlowMapper(locale)(flowInput(t, { diagnostics: analyze(t).diagnostics })).nodes.filter(
    (n): n is ElementNode => n.type !== 'loadBalancer',
  );

describe('canvas nodes of placeholder values', () => {
  it('marks the node of an element with placeholders, with its reason in the label', () => {
    const fe = nodesOf(marked).find((n) => n.id === 'lb/frontend:FIP1')!;
    expect(fe.data.status.placeholder).toEqual({
      badge: 'placeholder',
      label: 'has placeholder values the import could not know: ip (Azure allocates it when it deploys)',
    });
    expect(fe.ariaLabel).toContain('ip (Azure allocates it when it deploys)');
    expect(fe.data.status.warnings).toBeGreaterThan(0); // PlaceholderValue, shown in the tooltip too
  });

  it('says it in Japanese too', () => {
    const fe = nodesOf(marked, 'ja').find((n) => n.id === 'lb/frontend:FIP1')!;
    expect(fe.data.status.placeholder?.badge).toBe('プレースホルダー');
  });

  it('leaves other nodes alone, and the node once the value is replaced', () => {
    expect(
      nodesOf(marked)
        .filter((n) => n.data.status.placeholder)
        .map((n) => n.id),
    ).toEqual(['lb/frontend:FIP1']);
    const fixed = updateElement(marked, 'frontend', 'FIP1', { ip: '65.52.0.9' });
    expect(nodesOf(fixed).some((n) => n.data.status.placeholder)).toBe(false);
  });
});
