import { lazy, Suspense, useState } from 'react';
import { LessonLoading } from '../features/lesson/LessonLoading';
import { useLessonStore } from '../features/lesson/lessonStore';
import { loadOnce } from '../lib/loadOnce';

// The lesson's steps, quiz and topologies are a chunk of their own: most visits never open the lesson.
// loadOnce forgets a failed fetch, so a retry (the boundary remounts this component) fetches again.
const loadPanel = loadOnce(() => import('../features/lesson/LessonPanel').then((m) => ({ default: m.LessonPanel })));

/**
 * Mounts the lesson panel from the first time the lesson opens (fetching its code then) and keeps it mounted,
 * so that closing it still hands focus back to the Lesson button.
 */
export function LazyLessonPanel() {
  const open = useLessonStore((s) => s.phase !== 'closed');
  const [wanted, setWanted] = useState(open);
  // React.lazy remembers a failure for good: one per mount lets the lesson's boundary retry after a failed fetch.
  const [LessonPanel] = useState(() => lazy(loadPanel));
  // Adjusting state while rendering (React's pattern for state derived from a change): no extra effect pass.
  if (open && !wanted) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={<LessonLoading />}>
      <LessonPanel />
    </Suspense>
  );
}
