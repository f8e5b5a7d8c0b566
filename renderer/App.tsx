import { startTransition, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getApi } from './bridge';
import { routeMenuAction } from './actions/menu-routing';
import { installClipboardEvents } from './actions/clipboard-events';
import { installSelectionSync } from './state/selection-sync';
import { installFloatingPanelClose } from './state/floating-panel';
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
import { afterNextPaint, markFirstScreenShown } from './after-paint';
import { loadInterfaceFaces } from './fonts/bundled-faces';

const ALREADY = Promise.resolve();
const FACES_WAIT_MS = 1000;

/** The stages the interface around the canvas appears in (see App). */
const Stage = { canvas: 0, bars: 1, leftPanel: 2, inspector: 3, all: 4 } as const;
type Stage = (typeof Stage)[keyof typeof Stage];

async function switchUiLanguage(language: UiLanguage): Promise<void> {
  await changeUiLanguage(language);
  try {
    await getApi().setSettings({ language });
  } catch (err) {
    useEditorStore.getState().setStatus({ key: 'status.error', params: { message: errorMessage(err) }, tone: 'error' });
  }
}

function AppToolbar() {
  // The interface language is i18next's: it changes from the toolbar, or when the settings name
  // another language than the one the window started in (main.tsx).
  const uiLanguage = useTranslation().i18n.language as UiLanguage;
  return <Toolbar uiLanguage={uiLanguage} onUiLanguage={(l) => void switchUiLanguage(l)} />;
}

/**
 * The window. Its first render is the canvas alone, made before the interface's messages are in
 * (`messages` settles when they are) and before Inter has loaded: the panels and bars around it
 * render in transitions once both have, in slices that never hold the main thread long. Until then
 * their places are kept empty at their final sizes (the same classes), so the stage is created
 * once, at its real size. (A fresh
 * window's document is blank until the document services start, so the template and timeline bars,
 * which would move the canvas, have nothing to show before the panels come.)
 *
 * They come in stages, each laid out in a frame of its own: the bars, then the left panel, then the
 * inspector, then the canvas's overlay layer (two canvases of the stage's size). All at once, with
 * the interface's text shaped for the first time, they are one 50-80 ms task on a busy two-core
 * machine; a stage is a fraction of that, and input is handled between them. Once the last stage has
 * painted, the chunks wanted soon but not for the first screen are fetched (after-paint.ts).
 */
export function App({ messages = ALREADY }: { messages?: Promise<unknown> }) {
  const [shell, setShell] = useState<'electron' | 'browser' | null>(null);
  const [stage, setStage] = useState<Stage>(Stage.canvas);
  useShortcuts();

  useEffect(() => {
    const api = getApi();
    // In a transition: in the browser the answer comes once the first screen has shown (after-paint.ts),
    // and re-rendering the whole window for it must not hold the main thread.
    void api.getAppInfo().then((info) => startTransition(() => setShell(info.shell)));
    // Native menu items arrive as action ids from the same registry the toolbar uses.
    return api.onMenuAction((id) => routeMenuAction(id));
  }, []);
  useEffect(() => installClipboardEvents(), []);
  useEffect(() => installSelectionSync(), []);
  useEffect(() => installFloatingPanelClose(), []);
  useEffect(() => {
    let live = true;
    // The panels' text is first laid out in Inter, never in a system face matched while it loads
    // (bundled-faces.ts); a face that has not come within a second is not waited for.
    const faces = Promise.race([loadInterfaceFaces(), new Promise((resolve) => setTimeout(resolve, FACES_WAIT_MS))]);
    void Promise.all([messages, faces]).then(() => live && startTransition(() => setStage(Stage.bars)));
    return () => {
      live = false;
    };
  }, [messages]);
  useEffect(() => {
    if (stage === Stage.all) afterNextPaint(markFirstScreenShown);
    if (stage === Stage.canvas || stage === Stage.all) return;
    let live = true;
    afterNextPaint(() => live && startTransition(() => setStage((s) => (s < Stage.all ? ((s + 1) as Stage) : s))));
    return () => {
      live = false;
    };
  }, [stage]);
  const panels = stage >= Stage.bars;

  return (
    <SurroundingsShown.Provider value={stage === Stage.all}>
      <div className="app-shell">
        {panels ? <AppToolbar /> : <header className="toolbar" />}
        <div className="workspace">
          {stage >= Stage.leftPanel ? <LeftPanel /> : <LeftPanelPlace />}
          <main className="canvas-area">
            {panels && <TemplateBar />}
            <EditorCanvas />
            {panels && <ErrorNotice />}
            {panels && <TimelineBar />}
            {panels ? <SizeBar /> : <div className="size-bar" aria-hidden="true" style={{ visibility: 'hidden' }} />}
          </main>
          {stage >= Stage.inspector ? <Inspector /> : <aside className="side-panel right-panel" />}
        </div>
        {panels ? <StatusBar shell={shell} /> : <footer className="status-bar" />}
        {panels && <DialogHost />}
      </div>
    </SurroundingsShown.Provider>
  );
}
