import type { Field } from '../../core/trace/trace';

/** The packet header fields in table order (their labels are `field.<name>` in messages.ts). */
export const FIELDS: readonly Field[] = ['srcIp', 'srcPort', 'dstIp', 'dstPort'];
