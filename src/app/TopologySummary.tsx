import type { Topology } from '../core/topology/schema';

/** Name, description and load balancer of the topology on screen. */
export function TopologySummary({ topology }: { topology: Topology }) {
  const lb = topology.loadBalancer;
  return (
    <div className="topology-summary">
      <p className="topology-summary__name">{topology.name}</p>
      {topology.description ? <p className="topology-summary__description">{topology.description}</p> : null}
      <p className="topology-summary__facts">
        Load balancer <strong>{lb.name}</strong>: {lb.sku} SKU, {lb.type.toLowerCase()}
      </p>
    </div>
  );
}
