import { describe, expect, it } from 'vitest';
import { hopWires } from './wires';

const path = { frontend: 'FIP2', rule: 'rule2', backendPool: 'pool', vm: 'VM1' };

describe('hopWires', () => {
  it('maps each hop to the canvas wires it travels', () => {
    expect(hopWires('client-to-lb', path)).toEqual(['frontend:FIP2->rule:rule2']);
    expect(hopWires('lb-to-vm', path)).toEqual(['rule:rule2->backendPool:pool', 'backendPool:pool->vm:VM1']);
    expect(hopWires('vm-reply', path)).toEqual(['backendPool:pool->vm:VM1']);
    expect(hopWires('reply-at-client', path)).toEqual(['backendPool:pool->vm:VM1']);
  });
});
