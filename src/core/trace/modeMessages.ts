import { defineMessages } from '../i18n/locale';
import { traceModeEn } from './modeMessages.en';
import { traceModeJa } from './modeMessages.ja';

// The trace's sentences for pools whose frontend IP is not on every member's loopback (issue 14): a cluster
// (WSFC IP resource, Pacemaker IPaddr2 + azure-lb), a forwarding appliance behind HA ports, and a client that is
// itself a member of the rule's pool. Sources: Learn "Configure a load balancer & availability group listener",
// the SAP high-availability guides, "High availability ports overview" (Flow symmetry), Architecture Center
// "Deploy highly available NVAs", "Troubleshoot Load Balancer backend traffic responses" causes 3 and 4.

/** The mode-specific sentences; `{name}` placeholders are filled by `fill`. */
export const modeMessages = defineMessages(traceModeEn, traceModeJa);
