import type { Field, Stage } from '../../core/trace/trace';

/** Short names for the four hops, in the order the core traces them. */
export const STAGE_LABEL: Record<Stage, string> = {
  'client-to-lb': 'Client → frontend',
  'lb-to-vm': 'Load balancer → VM',
  'vm-reply': 'VM replies',
  'reply-at-client': 'Reply → client',
};

/** The packet header fields in table order, with their row labels. */
export const FIELDS: readonly { field: Field; label: string }[] = [
  { field: 'srcIp', label: 'Source IP' },
  { field: 'srcPort', label: 'Source port' },
  { field: 'dstIp', label: 'Destination IP' },
  { field: 'dstPort', label: 'Destination port' },
];
