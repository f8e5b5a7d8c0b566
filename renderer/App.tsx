import { startTransition, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getApi } from './bridge';
import { routeMenuAction } from './actions/menu-routing';
import { installClipboardEvents } from './actions/clipboard-events';
import { useShortcuts } from './actions/use-shortcuts';
import { EditorCanvas } from './canvas/EditorCanvas';
import { TemplateBar } from './panels/templates/TemplateBar';
import { SizeBar } from './export/SizeBar';
import { TimelineBar } from './motion/TimelineBar';
import { Inspector } from './panels/inspector/Inspector';
import { LeftPanel, LeftPanelPlace } from './panels/left/LeftPanel';
import { StatusBar } from './panels/StatusBar';
import { ErrorNotice } from './panels/ErrorNotice';
import { Toolbar } from './panels/Toolbar';
import { changeUiLanguage, type UiLanguage } from './i18n';
import { useEditorStore } from './state/editor-store';
import { errorMessage } from './i18n/error-message';
import { DialogHost } from './dialogs/DialogHost';
import { SurroundingsShown } from './surroundings';

export function App() {
  // The interface language is i18next's: it changes from the toolbar, or when the settings name
  // another language than the one the window started in (main.tsx).
  const uiLanguage = useTranslation().i18n.language as UiLanguage;
  const [shell, setShell] = useState<'electron' | 'browser' | null>(null);
  useShortcuts();

  useEffect(() => {
    const api = getApi();
    void api.getAppInfo().then((info) => setShell(info.shell));
    // Native menu items arrive as action ids from the same registry the toolbar uses.
    return api.onMenuAction((id) => routeMenuAction(id));
  }, []);
  useEffect(() => installClipboardEvents(), []);
  // The canvas comes first: the panels around it render in a transition once it is in the page,
  // in slices that never hold the main thread long. Until then their places are kept empty at their
  // final sizes (the same classes), so the stage is created once, at its real size.
  const [panels, setPanels] = useState(false);
  // (The size bar's place keeps the canvas above it at its final height: styles.css sizes the
  // canvas by the bars it has.)
  useEffect(() => startTransition(() => setPanels(true)), []);

  const onUiLanguage = async (language: UiLanguage) => {
    await changeUiLanguage(language);
    try {
      await getApi().setSettings({ language });
    } catch (err) {
      useEditorStore.getState().setStatus({ key: 'status.error', params: { message: errorMessage(err) }, tone: 'error' });
    }
  };

  return (
    <SurroundingsShown.Provider value={panels}>
      <div className="app-shell">
        {panels ? <Toolbar uiLanguage={uiLanguage} onUiLanguage={(l) => void onUiLanguage(l)} /> : <header className="toolbar" />}
        <div className="workspace">
          {panels ? <LeftPanel /> : <LeftPanelPlace />}
          <main className="canvas-area">
            <TemplateBar />
            <EditorCanvas />
            <ErrorNotice />
            <TimelineBar />
            {panels ? <SizeBar /> : <div className="size-bar" aria-hidden="true" style={{ visibility: 'hidden' }} />}
          </main>
          {panels ? <Inspector /> : <aside className="side-panel right-panel" />}
        </div>
        {panels ? <StatusBar shell={shell} /> : <footer className="status-bar" />}
        {panels && <DialogHost />}
      </div>
    </SurroundingsShown.Provider>
  );
}
