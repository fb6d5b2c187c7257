// Test-only: the shape of Microsoft.Network/loadBalancers as the REST spec gives it (API 2024-05-01 / 2024-10-01;
// /work/shared/reference/azure-floating-ip.md §3.1), written down independently of the exporter so a misspelt or
// misplaced property, a wrong type or an out-of-range port fails here. Only what a deployable template may carry:
// read-only properties (backendIPConfigurations, provisioningState, etag…) are not allowed.
import * as v from 'valibot';

const expression = v.pipe(v.string(), v.regex(/^\[.+\]$/s, 'expected an ARM expression "[…]"'));
const idRef = v.strictObject({ id: expression });
const port = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const name = v.pipe(v.string(), v.minLength(1), v.maxLength(80));
const transport = v.picklist(['Tcp', 'Udp', 'All']);

const FrontendIpConfiguration = v.strictObject({
  name,
  zones: v.optional(v.array(v.string())),
  properties: v.strictObject({
    privateIPAddress: v.optional(v.string()),
    privateIPAllocationMethod: v.optional(v.picklist(['Static', 'Dynamic'])),
    privateIPAddressVersion: v.optional(v.picklist(['IPv4', 'IPv6'])),
    subnet: v.optional(idRef),
    publicIPAddress: v.optional(idRef),
    publicIPPrefix: v.optional(idRef),
    gatewayLoadBalancer: v.optional(idRef),
  }),
});

const BackendAddressPool = v.strictObject({
  name,
  properties: v.optional(
    v.strictObject({
      loadBalancerBackendAddresses: v.optional(
        v.array(
          v.strictObject({
            name,
            properties: v.strictObject({ ipAddress: v.string(), virtualNetwork: v.optional(idRef), subnet: v.optional(idRef) }),
          }),
        ),
      ),
    }),
  ),
});

const Probe = v.strictObject({
  name,
  properties: v.strictObject({
    protocol: v.picklist(['Tcp', 'Http', 'Https']),
    port: port(1, 65535),
    intervalInSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(5))),
    // numberOfProbes is retiring: the export must write probeThreshold instead.
    probeThreshold: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
    requestPath: v.optional(v.string()),
  }),
});

const idle = v.optional(port(4, 100));

const LoadBalancingRule = v.strictObject({
  name,
  properties: v.strictObject({
    frontendIPConfiguration: idRef,
    backendAddressPool: v.optional(idRef),
    backendAddressPools: v.optional(v.array(idRef)),
    probe: v.optional(idRef),
    protocol: transport,
    loadDistribution: v.optional(v.picklist(['Default', 'SourceIP', 'SourceIPProtocol'])),
    frontendPort: port(0, 65534),
    backendPort: port(0, 65535),
    idleTimeoutInMinutes: idle,
    enableFloatingIP: v.boolean(),
    enableTcpReset: v.optional(v.boolean()),
    disableOutboundSnat: v.optional(v.boolean()),
  }),
});

const InboundNatRule = v.strictObject({
  name,
  properties: v.strictObject({
    frontendIPConfiguration: idRef,
    protocol: transport,
    frontendPort: port(1, 65534),
    backendPort: port(1, 65535),
    idleTimeoutInMinutes: idle,
    enableFloatingIP: v.boolean(),
    enableTcpReset: v.optional(v.boolean()),
  }),
});

/** A Microsoft.Network/loadBalancers resource in a template. */
export const LoadBalancerResource = v.strictObject({
  type: v.literal('Microsoft.Network/loadBalancers'),
  apiVersion: v.picklist(['2024-05-01', '2024-10-01']),
  name: v.string(),
  location: v.string(),
  tags: v.optional(v.record(v.string(), v.string())),
  dependsOn: v.optional(v.array(v.string())),
  sku: v.strictObject({ name: v.picklist(['Basic', 'Standard', 'Gateway']), tier: v.optional(v.picklist(['Regional', 'Global'])) }),
  properties: v.strictObject({
    frontendIPConfigurations: v.array(FrontendIpConfiguration),
    backendAddressPools: v.array(BackendAddressPool),
    probes: v.optional(v.array(Probe)),
    loadBalancingRules: v.optional(v.array(LoadBalancingRule)),
    inboundNatRules: v.optional(v.array(InboundNatRule)),
  }),
});

/** A deployment template whose only resource is a load balancer. */
export const LoadBalancerTemplate = v.object({
  $schema: v.literal('https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#'),
  contentVersion: v.string(),
  parameters: v.optional(
    v.record(v.string(), v.object({ type: v.picklist(['string', 'int', 'bool', 'object', 'array', 'securestring']) })),
  ),
  variables: v.optional(v.record(v.string(), v.unknown())),
  resources: v.pipe(v.tuple([LoadBalancerResource])),
});

/**
 * Every place an exported ARM text departs from the REST shape, as `path: message` lines (empty when it fits).
 * @example armShapeProblems(exportTopology(t, 'arm').text) // []
 */
export function armShapeProblems(text: string): string[] {
  const r = v.safeParse(LoadBalancerTemplate, JSON.parse(text));
  if (r.success) return [];
  return r.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`);
}
