import { savedUiLanguage, startLanguage } from './start-reads';
import { getApi } from './bridge';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import './styles.css';
import { loadBundledFonts } from './fonts';
import i18next from 'i18next';
import { changeUiLanguage, initI18n, type UiLanguage } from './i18n';
import { registerAllActions } from './actions';
import { useEditorStore } from './state/editor-store';
import { useDesignStore } from './state/design-store';
import { App } from './App';
import { watchWindowState } from './documents/window-state';
import { t } from './i18n';
import { preloadLazyChunks } from './lazy-parts';
import { warmIntl } from './intl-warmup';
import { afterNextPaint } from './after-paint';
import { errorMessage } from './i18n/error-message';

/**
 * A fresh window's blank design is written in the interface's language (on a Spanish system the
 * first text is Spanish, for fitting, alt text and exports), as long as nothing has touched it.
 */
function blankDesignIn(language: UiLanguage): void {
  const { design, revision, past, replaceDesign } = useDesignStore.getState();
  if (revision === 0 && past.length === 0 && design.elements.length === 0 && !design.origin && design.language !== language) replaceDesign({ ...design, language });
}

async function start() {
  const language = startLanguage();
  const messages = initI18n(language);
  blankDesignIn(language);
  const root = createRoot(document.getElementById('root')!);
  // Rendered at once, not in a later task, and without waiting for the interface's messages: the
  // canvas is the first thing the window shows, and has no words (App.tsx).
  flushSync(() =>
    root.render(
      <StrictMode>
        <App messages={messages} />
      </StrictMode>,
    ),
  );
  await messages;
  // The rest waits until the canvas is in the page: the first frame has no text, no menus and no
  // shortcuts yet. (The panels render after this, in a later task.)
  registerAllActions();
  warmIntl();
  loadBundledFonts(() => useEditorStore.getState().bumpFonts());
  // The settings are the truth: if they name another language than the one remembered (and the
  // user has not switched since), the window follows them.
  void savedUiLanguage().then((saved) => {
    if (saved && saved !== language && i18next.language === language) {
      blankDesignIn(saved);
      void changeUiLanguage(saved);
    }
  });
  watchWindowState(getApi(), () => t('document.untitled'));
  // Recovery offer, file association and the close prompt need the shell mounted first. They are a
  // chunk of their own, fetched now: no part of the first frame.
  setTimeout(
    () =>
      void import('./documents/file-events')
        .then((m) => m.startDocumentServices())
        .catch((err: unknown) => useEditorStore.getState().setStatus({ key: 'status.error', params: { message: errorMessage(err) }, tone: 'error' })),
    0,
  );
  // Dialogs, the other tabs, bulk and the PDF writer (pdf-lib, fontkit) are chunks: fetched and
  // compiled once the editor has painted and is idle, so their first use does not wait for them.
  afterNextPaint(() => preloadLazyChunks());
}

void start();
