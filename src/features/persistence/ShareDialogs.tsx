import { useShareStore } from './shareStore';
import { answerSharedTopology } from './shareActions';
import { Dialog } from './Dialog';

/** Asks before a share link's topology replaces the current work. The safe answer comes first, so it gets the focus. */
export function SharedTopologyPrompt() {
  const incoming = useShareStore((s) => s.incoming);
  if (!incoming) return null;
  const counts = `${incoming.frontends.length} frontends, ${incoming.rules.length} rules, ${incoming.vms.length} VMs`;
  return (
    <Dialog
      title="Open the shared topology?"
      onCancel={() => answerSharedTopology(false)}
      actions={
        <>
          <button type="button" className="app-button" onClick={() => answerSharedTopology(false)}>
            Keep my work
          </button>
          <button type="button" className="app-button app-button--primary" onClick={() => answerSharedTopology(true)}>
            Open shared topology
          </button>
        </>
      }
    >
      <p>
        This link holds <strong>“{incoming.name}”</strong> ({counts}). Opening it replaces what is on screen now; Undo
        brings your work back.
      </p>
    </Dialog>
  );
}

/** Shows a share link in a text field (focused and selected) when the clipboard is unavailable, to copy by hand. */
export function ManualCopyDialog() {
  const link = useShareStore((s) => s.manualCopy);
  if (!link) return null;
  const close = () => useShareStore.setState({ manualCopy: null });
  return (
    <Dialog
      title="Copy the share link"
      onCancel={close}
      actions={
        <button type="button" className="app-button app-button--primary" onClick={close}>
          Done
        </button>
      }
    >
      <p id="manual-copy-help">The clipboard is not available here. Copy the link yourself (Ctrl+C or ⌘C):</p>
      <input
        className="app-dialog__field"
        aria-label="Share link"
        aria-describedby="manual-copy-help"
        readOnly
        value={link}
        onFocus={(e) => e.currentTarget.select()}
      />
    </Dialog>
  );
}
