import { describe, expect, it } from 'vitest';
import { hopWires } from './wires';

const path = { kind: 'rule' as const, frontend: 'FIP2', rule: 'rule2', backendPool: 'pool', vm: 'VM1' };

describe('hopWires', () => {
  it('maps each hop to the canvas wires it travels', () => {
    expect(hopWires('client-to-lb', path)).toEqual(['frontend:FIP2->rule:rule2']);
    expect(hopWires('lb-to-vm', path)).toEqual(['rule:rule2->backendPool:pool', 'backendPool:pool->vm:VM1']);
    expect(hopWires('vm-reply', path)).toEqual(['backendPool:pool->vm:VM1']);
    expect(hopWires('reply-at-client', path)).toEqual(['backendPool:pool->vm:VM1']);
  });

  it("runs an inbound NAT rule's hops along frontend → NAT rule and NAT rule → VM", () => {
    const nat = { kind: 'natRule' as const, frontend: 'FIP1', rule: 'rdp-vm1', vm: 'VM1' };
    expect(hopWires('client-to-lb', nat)).toEqual(['frontend:FIP1->natRule:rdp-vm1']);
    expect(hopWires('lb-to-vm', nat)).toEqual(['natRule:rdp-vm1->vm:VM1']);
    expect(hopWires('reply-at-client', nat)).toEqual(['natRule:rdp-vm1->vm:VM1']);
  });
});
