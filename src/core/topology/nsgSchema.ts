import * as v from 'valibot';
import type { loadEn } from './messages.en';

// The user's own network security groups, as an importer found them (optional in a topology). Shape checks only:
// an address prefix or port range Floatplan cannot read is reported by the NSG checks, never refused at load.

type Expected = keyof typeof loadEn extends infer K ? (K extends `expected.${infer E}` ? E : never) : never;
const expected = (what: Expected) => `load.expected.${what}` as const;
const text = (what: Expected = 'string') => v.string(expected(what));
const name = () => v.pipe(text('name'), v.minLength(1, expected('nonEmptyName')));
const texts = () => v.array(text(), expected('nsgTexts'));

/** One security rule of an NSG, in Azure's terms (plural prefix and range lists; a single value is a list of one). */
export const NsgRuleSchema = v.strictObject({
  name: name(),
  priority: v.pipe(v.number(expected('integer')), v.integer(expected('integer'))),
  direction: v.picklist(['Inbound', 'Outbound'], expected('nsgDirection')),
  access: v.picklist(['Allow', 'Deny'], expected('nsgAccess')),
  /** `*`, `Tcp`, `Udp`, `Icmp`, `Esp` or `Ah`, as Azure spells them. */
  protocol: text(),
  sourceAddressPrefixes: texts(),
  sourcePortRanges: v.optional(texts()),
  destinationAddressPrefixes: texts(),
  destinationPortRanges: texts(),
});

/** Where an NSG is associated: the NIC of a VM, or the subnet a VM's NIC is in. */
export const NsgAttachmentSchema = v.strictObject({
  vm: name(),
  level: v.picklist(['subnet', 'nic'], expected('nsgLevel')),
});

/** A network security group with its own rules (Azure's default rules are implied, never listed). */
export const NsgSchema = v.strictObject({
  name: name(),
  rules: v.array(NsgRuleSchema, expected('nsgRules')),
  attachedTo: v.array(NsgAttachmentSchema, expected('nsgAttachments')),
});

export type NsgRule = v.InferOutput<typeof NsgRuleSchema>;
export type Nsg = v.InferOutput<typeof NsgSchema>;

/** The topology field: optional and without a default, so files without NSGs stay byte-for-byte the same on save. */
export const networkSecurityGroupsField = () => v.optional(v.array(NsgSchema, expected('nsgs')));
