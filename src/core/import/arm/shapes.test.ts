import { describe, expect, it } from 'vitest';
import { english } from '../text';
import { collectSources } from './shapes';

/** The sources with their reasons in English words. */
const said = (value: unknown) => collectSources(value).map((s) => (s.kind === 'other' ? { ...s, why: english(s.why) } : s));

const kinds = (v: unknown) =>
  collectSources(v).map((s) => (s.kind === 'deployed' ? `${s.kind}:${s.shape}@${s.path}` : `${s.kind}@${s.path}`));

describe('collectSources', () => {
  it('tells templates, template resources, REST bodies and az output apart', () => {
    expect(kinds({ $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', resources: [] })).toEqual([
      'template@',
    ]);
    expect(kinds({ resources: [] })).toEqual(['template@']);
    expect(kinds({ type: 'Microsoft.Network/loadBalancers', name: 'lb', properties: { frontendIPConfigurations: [] } })).toEqual([
      'resource@',
    ]);
    expect(kinds({ responses: { 200: { body: { id: '/x', type: 'Microsoft.Network/loadBalancers', properties: {} } } } })).toEqual([
      'deployed:rest@responses["200"].body',
    ]);
    expect(kinds({ id: '/x', etag: 'W/"1"', name: 'lb', properties: { frontendIPConfigurations: [] } })).toEqual(['deployed:rest@']);
    expect(kinds({ frontendIpConfigurations: [], id: '/x', resourceGroup: 'rg', type: 'Microsoft.Network/loadBalancers' })).toEqual([
      'deployed:az@',
    ]);
  });
  it('reads a REST spec example from its request body when it has one, else from the 200 (or 201) response', () => {
    const body = (protocol: string) => ({
      properties: { frontendIPConfigurations: [], loadBalancingRules: [{ name: 'r', properties: { protocol } }] },
    });
    const put = {
      parameters: { 'api-version': '2024-05-01', loadBalancerName: 'lb', parameters: body('All') },
      responses: { 200: { body: { id: '/x', name: 'lb', ...body('Tcp') } }, 201: { body: { id: '/x', name: 'lb', ...body('Tcp') } } },
    };
    const [request] = collectSources(put);
    // The name is the URL's (loadBalancerName); the body is the request's.
    expect(request).toEqual({
      kind: 'deployed',
      shape: 'rest',
      request: true,
      path: 'parameters.parameters',
      lb: { name: 'lb', ...body('All') },
    });
    const get = { parameters: { loadBalancerName: 'lb' }, responses: { 200: { body: { id: '/x', ...body('Tcp') } } } };
    expect(kinds(get)).toEqual(['deployed:rest@responses["200"].body']);
    expect(kinds({ parameters: {}, responses: { 201: { body: { id: '/x', ...body('Tcp') } } } })).toEqual([
      'deployed:rest@responses["201"].body',
    ]);
  });
  it('walks lists (az network lb list, REST list responses)', () => {
    expect(
      kinds([
        { frontendIPConfigurations: [], name: 'a' },
        { frontendIPConfigurations: [], name: 'b' },
      ]),
    ).toEqual(['deployed:az@[0]', 'deployed:az@[1]']);
    expect(kinds({ value: [{ frontendIPConfigurations: [] }] })).toEqual(['deployed:az@value[0]']);
  });
  it('says why anything else is not a load balancer', () => {
    expect(said({ $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#', parameters: {} })).toEqual([
      { kind: 'other', path: '', why: expect.stringMatching(/parameters file/) },
    ]);
    expect(said({ type: 'Microsoft.Network/publicIPAddresses' })).toEqual([
      { kind: 'other', path: '', why: expect.stringMatching(/publicIPAddresses resource, not a load balancer/) },
    ]);
    expect(said(42)).toEqual([{ kind: 'other', path: '', why: 'it is not a JSON object' }]);
  });
});
