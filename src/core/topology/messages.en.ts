/**
 * Texts of topology load errors (keys `load.*`), in English. The schema (schema.ts) names its messages by key
 * (`load.expected.*`), so the loader renders them without looking at any English.
 */
export const loadEn = {
  json: 'not valid JSON ({detail})',
  notObject: 'expected a JSON object with "version": {version}, got {got}',
  versionMissing: 'missing; a Floatplan topology starts with "version": {version}',
  versionUnsupported:
    'unsupported version {got}: this Floatplan reads version {version} files. ' +
    'Open it with the Floatplan release that wrote it, or convert it to version 1.',
  unknownField: 'unknown field; remove it or check its spelling',
  missing: 'missing; {expected}',
  wrong: '{expected}, got {got}',
  'got.list': 'a list',
  'got.undefined': 'nothing (undefined)',
  tooLarge:
    'too large: {count} characters, and Floatplan reads topologies of up to {max} characters (far more than a plan at every Azure limit needs). ' +
    'Nothing was opened; open a smaller topology, or remove what the plan does not need (layout, unused VMs).',
  tooMany:
    'too many {what}: {count}, and Floatplan reads at most {max}, more than one Azure load balancer can use. ' +
    'Nothing was opened; split the plan into several smaller ones.',
  // A preset the app could not fetch (features/presets/fetchPreset.ts).
  fetch: 'could not fetch {url} ({detail})',
  fetchStatus: 'could not fetch {url}: HTTP {status}',
  moreErrors: 'and {count} more problems; fix these and open it again to see the rest',
  moreErrorsUncounted: 'and perhaps more problems: the document is too large to list them all; fix this one and open it again',
  'what.frontends': 'frontends',
  'what.rules': 'rules (load-balancing and inbound NAT together)',
  'what.poolMembers': 'members in one backend pool',
  'what.backendPools': 'backend pools',
  'what.probes': 'health probes',
  'what.vms': 'VMs',
  'got.object': 'an object',
  required: 'this field is required',
  // Fallbacks for a message of the validation library itself, by the kind of value it wanted.
  'expected.object': 'expected an object',
  'expected.array': 'expected a list',
  'expected.value': 'expected a different value',
  // The schema's messages.
  'expected.integer': 'expected an integer',
  'expected.string': 'expected a string',
  'expected.boolean': 'expected true or false',
  'expected.name': 'expected a name',
  'expected.nonEmptyName': 'expected a non-empty name',
  'expected.ip': 'expected an IP address',
  'expected.sku': 'expected "Standard", "Basic" or "Gateway"',
  'expected.frontendIpHolder': 'expected "every-member", "cluster-windows", "cluster-pacemaker" or "appliance"',
  'expected.lbType': 'expected "Public" or "Internal"',
  'expected.member': 'expected a VM name or { "vm": "<name>", "ip": "<address>" }',
  'expected.members': 'expected a list of members',
  'expected.probeProtocol': 'expected "Tcp", "Http" or "Https"',
  'expected.reference': 'expected a name, or "" when not connected yet',
  'expected.ruleProtocol': 'expected "Tcp", "Udp" or "All"',
  'expected.distribution': 'expected "Default", "SourceIP" or "SourceIPProtocol"',
  'expected.ips': 'expected a list of IP addresses',
  'expected.os': 'expected one of windows, ubuntu, rhel, suse, debian, linux',
  'expected.number': 'expected a number',
  'expected.placeholders': 'expected a list of placeholder markers',
  'expected.placeholdersTooMany': 'expected at most 64 placeholder markers on one element',
  'expected.placeholderField': 'expected a field path of at most 64 characters',
  'expected.placeholderReason': 'expected "unresolved", "allocatedByAzure", "missing" or "invalid"',
  'expected.placeholderSource': 'expected a source of at most 2000 characters',
  'expected.one': 'expected 1',
  'expected.frontends': 'expected a list of frontends',
  'expected.backendPools': 'expected a list of backend pools',
  'expected.probes': 'expected a list of probes',
  'expected.rules': 'expected a list of rules',
  'expected.inboundNatRules': 'expected a list of inbound NAT rules',
  'expected.vms': 'expected a list of VMs',
  'expected.positions': 'expected an object of positions',
  'expected.nsgs': 'expected a list of network security groups',
  'expected.nsgRules': 'expected a list of security rules',
  'expected.nsgAttachments': 'expected a list of { "vm": "<name>", "level": "subnet" | "nic" }',
  'expected.nsgTexts': 'expected a list of strings',
  'expected.nsgDirection': 'expected "Inbound" or "Outbound"',
  'expected.nsgAccess': 'expected "Allow" or "Deny"',
  'expected.nsgLevel': 'expected "subnet" or "nic"',
};
