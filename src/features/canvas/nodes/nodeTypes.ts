import type { NodeTypes } from '@xyflow/react';
import { FrontendNode } from './FrontendNode';
import { LoadBalancerFrame } from './LoadBalancerFrame';
import { NatRuleNode } from './NatRuleNode';
import { PoolNode } from './PoolNode';
import { RuleNode } from './RuleNode';
import { VmNode } from './VmNode';

/** Node components by kind (and the load balancer's frame); defined once at module level so React Flow never remounts them. */
export const NODE_TYPES: NodeTypes = {
  frontend: FrontendNode,
  rule: RuleNode,
  natRule: NatRuleNode,
  backendPool: PoolNode,
  vm: VmNode,
  loadBalancer: LoadBalancerFrame,
};
