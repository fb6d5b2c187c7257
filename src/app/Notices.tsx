import { useEffect, useRef, useState, type CSSProperties, type RefObject } from 'react';
import { useT } from '../i18n/useT';
import { downloadText } from '../lib/download';
import { useUiStore, type Notice } from '../store/uiStore';
import { messages } from './messages';
import { Button } from '../lib/ui/Button';
import { toastDelay } from './toastDelay';

/**
 * The app's messages (uiStore notices) as toasts over the canvas's lower left corner, so they never cover the
 * mapping columns or a script: errors and warnings as alerts, the rest as status. Each closes by itself after a
 * while (paused while pointed at or focused) unless it holds a download or an action; each can be dismissed.
 */
export function Notices({ anchor }: { anchor: RefObject<HTMLElement | null> }) {
  const t = useT(messages);
  const notices = useUiStore((s) => s.notices);
  const place = useAnchoredPlace(anchor);
  return (
    <section className="notices" aria-label={t('notices')} style={place}>
      {notices.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} />
      ))}
    </section>
  );
}

function NoticeItem({ notice }: { notice: Notice }) {
  const t = useT(messages);
  const dismiss = useUiStore((s) => s.dismiss);
  const { download, action } = notice;
  const pause = useAutoDismiss(notice, () => dismiss(notice.id));
  return (
    <div
      className={`notice notice--${notice.tone}`}
      role={notice.tone === 'info' ? 'status' : 'alert'}
      data-stays={toastDelay(notice) === null ? '' : undefined}
      {...pause}
    >
      <p className="notice__text">{notice.text}</p>
      <div className="notice__actions">
        {download ? (
          <Button onClick={() => downloadText(download.filename, download.content, 'text/plain')}>
            {t('download', { file: download.filename })}
          </Button>
        ) : null}
        {action ? (
          <Button
            onClick={() => {
              action.run();
              dismiss(notice.id);
            }}
          >
            {action.label}
          </Button>
        ) : null}
        <Button variant="quiet" onClick={() => dismiss(notice.id)}>
          {t('dismiss')}
        </Button>
      </div>
    </div>
  );
}

/** Closes the notice after its delay; the clock stops while the pointer or the focus is on it, and restarts after. */
function useAutoDismiss(notice: Notice, close: () => void) {
  const delay = toastDelay(notice);
  const [held, setHeld] = useState({ hover: false, focus: false });
  const closeRef = useRef(close);
  useEffect(() => {
    closeRef.current = close;
  });
  const paused = held.hover || held.focus;
  useEffect(() => {
    if (delay === null || paused) return;
    const timer = setTimeout(() => closeRef.current(), delay);
    return () => clearTimeout(timer);
    // A notice replaced under the same id (the same key) starts its own clock.
  }, [delay, paused, notice]);
  return {
    onPointerEnter: () => setHeld((h) => ({ ...h, hover: true })),
    onPointerLeave: () => setHeld((h) => ({ ...h, hover: false })),
    onFocus: () => setHeld((h) => ({ ...h, focus: true })),
    onBlur: (e: React.FocusEvent) => {
      if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setHeld((h) => ({ ...h, focus: false }));
    },
  };
}

/** Fixed position at the anchor's lower left corner; over the viewport's lower right when the anchor is too small (collapsed). */
function useAnchoredPlace(anchor: RefObject<HTMLElement | null>): CSSProperties | undefined {
  const [place, setPlace] = useState<CSSProperties | undefined>(undefined);
  useEffect(() => {
    const element = anchor.current;
    if (!element) return;
    const update = () => {
      const r = element.getBoundingClientRect();
      if (r.width < 280 || r.height < 160) return setPlace(undefined);
      // 52 px up: the canvas's zoom buttons stay clickable below the toasts.
      setPlace({
        left: r.left + 12,
        right: 'auto',
        bottom: window.innerHeight - r.bottom + 52,
        width: Math.min(440, r.width - 24),
        maxHeight: r.height - 64,
      });
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    window.addEventListener('resize', update);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [anchor]);
  return place;
}
