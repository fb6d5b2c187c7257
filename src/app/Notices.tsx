import { useT } from '../i18n/useT';
import { downloadText } from '../lib/download';
import { useUiStore, type Notice } from '../store/uiStore';
import { messages } from './messages';
import { Button } from '../lib/ui/Button';

/** The app's messages (uiStore notices): errors and warnings as alerts, the rest as status, each dismissible. */
export function Notices() {
  const t = useT(messages);
  const notices = useUiStore((s) => s.notices);
  return (
    <section className="notices" aria-label={t('notices')}>
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
  return (
    <div className={`notice notice--${notice.tone}`} role={notice.tone === 'info' ? 'status' : 'alert'}>
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
