// Help > About: Placard's version and license, and the notices of every bundled font (SIL Open
// Font License) and library the app runs, each with its full license text. The list comes from
// notices.json, which the build writes from the installed packages (scripts/notices.mjs).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getApi } from '../bridge';
import type { ModalProps } from './dialog-store';

interface Notice {
  name: string;
  version: string;
  license: string;
  text: string;
}
interface Notices {
  app: { name: string; version: string; license: string };
  fonts: Notice[];
  libraries: Notice[];
}

function NoticeList({ title, items, testId }: { title: string; items: readonly Notice[]; testId: string }) {
  return (
    <section className="about-section" data-testid={testId}>
      <h3 className="export-h">{title}</h3>
      {items.map((n) => (
        <details key={n.name} className="about-notice">
          <summary>
            <span className="about-name">{n.name}</span> <span className="muted">{n.version}</span> <span className="about-license">{n.license}</span>
          </summary>
          <pre className="about-text">{n.text}</pre>
        </details>
      ))}
    </section>
  );
}

export function AboutDialog({ close }: ModalProps) {
  const { t } = useTranslation();
  const [notices, setNotices] = useState<Notices | null>(null);
  const [failed, setFailed] = useState(false);
  const [version, setVersion] = useState('');

  useEffect(() => {
    let live = true;
    void getApi()
      .getAppInfo()
      .then((info) => live && setVersion(info.version))
      .catch(() => undefined);
    fetch(new URL('notices.json', document.baseURI))
      .then((r) => (r.ok ? (r.json() as Promise<Notices>) : Promise.reject(new Error(String(r.status)))))
      .then((n) => live && setNotices(n))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, []);

  return (
    <div
      className="about-dialog"
      data-testid="about-dialog"
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <h2 className="modal-title">{t('about.title')}</h2>
      <p className="modal-text" data-testid="about-version">
        {t('about.version', { version: version || notices?.app.version || '' })}
      </p>
      <p className="modal-text">{t('about.license', { license: notices?.app.license ?? 'GPL-3.0-or-later' })}</p>
      {failed && (
        <p className="export-problem" role="alert">
          {t('about.loadFailed')}
        </p>
      )}
      {notices && (
        <div className="about-scroll">
          <NoticeList title={t('about.fonts')} items={notices.fonts} testId="about-fonts" />
          <NoticeList title={t('about.libraries')} items={notices.libraries} testId="about-libraries" />
        </div>
      )}
      <div className="modal-actions">
        <button type="button" className="btn btn-primary" data-autofocus data-testid="about-close" onClick={close}>
          {t('about.close')}
        </button>
      </div>
    </div>
  );
}
