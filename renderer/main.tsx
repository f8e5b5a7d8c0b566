import './zod-csp';
import { getApi } from './bridge';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles.css';
import { loadBundledFonts } from './fonts';
import { initI18n, lastUiLanguage, prefetchUiLanguage, UI_LANGUAGES, type UiLanguage } from './i18n';
import { registerAllActions } from './actions';
import { useEditorStore } from './state/editor-store';
import { App } from './App';
import { startDocumentServices } from './documents/file-events';
import { watchWindowState } from './documents/window-state';
import { t } from './i18n';
import { preloadLazyChunks } from './lazy-parts';

async function start() {
  let language: UiLanguage = lastUiLanguage() ?? (navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en');
  // The likely language's messages are fetched while the settings are read.
  prefetchUiLanguage(language);
  try {
    const settings = await getApi().getSettings();
    if ((UI_LANGUAGES as readonly string[]).includes(settings.language)) language = settings.language;
  } catch {
    // Settings are a convenience; the editor starts with the system language without them.
  }
  await initI18n(language);
  registerAllActions();
  loadBundledFonts(() => useEditorStore.getState().bumpFonts());
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App initialLanguage={language} />
    </StrictMode>,
  );
  watchWindowState(getApi(), () => t('document.untitled'));
  // Recovery offer, file association and the close prompt need the shell mounted first.
  setTimeout(() => void startDocumentServices(), 0);
  // Dialogs, the other tabs, bulk and the PDF writer (pdf-lib, fontkit) are chunks: fetched and
  // compiled once the editor has painted and is idle, so their first use does not wait for them.
  requestAnimationFrame(() => setTimeout(() => preloadLazyChunks(), 0));
}

void start();
