// Test fixture shared by the ARM and Terraform importers' NAT rule tests: both import the same two rules (one per
// NIC address of db1) from their own language, so both must end in the same topology rules.
import type { LbTopology } from '../topology/schema';

/** The `ssh` rule (to db1's primary address, with timeout and TCP reset) and the floating-IP `sql` rule (to its second address). */
export const SSH_AND_SQL_NAT_RULES: NonNullable<LbTopology['inboundNatRules']> = [
  {
    name: 'ssh',
    frontend: 'fe',
    protocol: 'Tcp',
    frontendPort: 50022,
    backendPort: 22,
    floatingIp: false,
    target: 'db1',
    idleTimeoutMinutes: 10,
    enableTcpReset: true,
  },
  {
    name: 'sql',
    frontend: 'fe',
    protocol: 'Tcp',
    frontendPort: 1433,
    backendPort: 1433,
    floatingIp: true,
    target: { vm: 'db1', ip: '10.0.0.5' },
  },
];
