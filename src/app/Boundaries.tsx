import type { ReactNode } from 'react';
import { closeImportDialog, useImportDialogStore } from '../features/interop/importDialogStore';
import { useLessonStore } from '../features/lesson/lessonStore';
import { useT } from '../i18n/useT';
import { Dialog } from '../lib/ui/Dialog';
import { PanelBoundary } from '../lib/PanelBoundary';
import { messages } from './messages';

// The two boundaries that need more than "Try again": each subscribes to its own store, so the shell does not
// re-render on every dialog opening or lesson step.

/** The lesson's boundary: its message sits in the lesson's box, with a way to leave (the inspector is inert meanwhile). */
export function LessonBoundary({ children }: { children: ReactNode }) {
  const t = useT(messages);
  const phase = useLessonStore((s) => s.phase);
  const leave = () => {
    const lesson = useLessonStore.getState();
    // Running, leaving puts the user's work back; before it starts (or on resume) closing changes nothing.
    if (lesson.phase === 'running') lesson.leave();
    else lesson.cancel();
  };
  return (
    <PanelBoundary
      area={t('areaLesson')}
      areaId="lesson"
      resetOn={phase}
      frame={(f) => <section className="lesson">{f}</section>}
      action={{ label: t('leaveLesson'), run: leave }}
    >
      {children}
    </PanelBoundary>
  );
}

/** The Import dialog's boundary: its message stays in a dialog that Close (or Escape) dismisses; a new opening tries again. */
export function ImportBoundary({ children }: { children: ReactNode }) {
  const t = useT(messages);
  const open = useImportDialogStore((s) => s.open);
  const opening = useImportDialogStore((s) => s.opening);
  const frame = (f: ReactNode) =>
    open && (
      <Dialog title={t('areaImport')} onCancel={closeImportDialog} cancelLabel={t('closeDialog')}>
        {f}
      </Dialog>
    );
  return (
    <PanelBoundary area={t('areaImport')} areaId="import" resetOn={`${open}:${opening}`} frame={frame}>
      {children}
    </PanelBoundary>
  );
}
