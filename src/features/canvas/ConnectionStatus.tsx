import { Panel, useConnection } from '@xyflow/react';
import { useTopologyStore } from '../../store/topologyStore';
import { verdictFor } from './connectionVerdict';

/**
 * Says, while a wire is being dragged, whether dropping it here is allowed and why not;
 * after a refused drop it keeps the reason (`refusal`) so it can be read.
 */
export function ConnectionStatus({ refusal }: { refusal: string | undefined }) {
  const connection = useConnection();
  let text = refusal ?? '';
  let tone: 'error' | 'info' = refusal ? 'error' : 'info';
  if (connection.inProgress) {
    tone = 'info';
    text = 'Drop on a matching handle: frontend → rule → backend pool → VM.';
    if (connection.toHandle) {
      const v = verdictFor(
        useTopologyStore.getState().topology,
        { nodeId: connection.fromHandle.nodeId, type: connection.fromHandle.type },
        { nodeId: connection.toHandle.nodeId, type: connection.toHandle.type },
      );
      tone = v.ok ? 'info' : 'error';
      text = v.ok ? (v.note ?? 'Release to connect.') : v.reason;
    }
  }
  return (
    <Panel position="bottom-center" className="fp-connection-panel">
      <p role="status" aria-live="polite" className={`fp-connection-status fp-connection-status--${tone}`} data-testid="connection-status">
        {text}
      </p>
    </Panel>
  );
}
