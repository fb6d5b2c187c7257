import { Panel, useConnection } from '@xyflow/react';
import { useLanguage, useT } from '../../i18n/useT';
import { useTopologyStore } from '../../store/topologyStore';
import { messages } from './messages';
import { verdictFor } from './connectionVerdict';

/**
 * Says, while a wire is being dragged, whether dropping it here is allowed and why not;
 * after a refused drop it keeps the reason (`refusal`) so it can be read.
 */
export function ConnectionStatus({ refusal }: { refusal: string | undefined }) {
  const t = useT(messages);
  const language = useLanguage();
  const connection = useConnection();
  let text = refusal ?? '';
  let tone: 'error' | 'info' = refusal ? 'error' : 'info';
  if (connection.inProgress) {
    tone = 'info';
    text = t('dragging');
    if (connection.toHandle) {
      const v = verdictFor(
        useTopologyStore.getState().topology,
        { nodeId: connection.fromHandle.nodeId, type: connection.fromHandle.type },
        { nodeId: connection.toHandle.nodeId, type: connection.toHandle.type },
        language,
      );
      tone = v.ok ? 'info' : 'error';
      text = v.ok ? (v.note ?? t('release')) : v.reason;
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
