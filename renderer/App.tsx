import { useEffect, useState } from 'react';
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
import { LeftPanel } from './panels/left/LeftPanel';
import { StatusBar } from './panels/StatusBar';
import { ErrorNotice } from './panels/ErrorNotice';
import { Toolbar } from './panels/Toolbar';
import { changeUiLanguage, type UiLanguage } from './i18n';
import { useEditorStore } from './state/editor-store';
import { errorMessage } from './i18n/error-message';
import { DialogHost } from './dialogs/DialogHost';

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

  const onUiLanguage = async (language: UiLanguage) => {
    await changeUiLanguage(language);
    try {
      await getApi().setSettings({ language });
    } catch (err) {
      useEditorStore.getState().setStatus({ key: 'status.error', params: { message: errorMessage(err) }, tone: 'error' });
    }
  };

  return (
    <div className="app-shell">
      <Toolbar uiLanguage={uiLanguage} onUiLanguage={(l) => void onUiLanguage(l)} />
      <div className="workspace">
        <LeftPanel />
        <main className="canvas-area">
          <TemplateBar />
          <EditorCanvas />
          <ErrorNotice />
          <TimelineBar />
          <SizeBar />
        </main>
        <Inspector />
      </div>
      <StatusBar shell={shell} />
      <DialogHost />
    </div>
  );
}
