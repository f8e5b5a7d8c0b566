// The main window's life as an explicit state machine, on every platform. No electron import:
// main.ts turns app and window events into calls here and carries out the effects; unit tests
// walk through it on linux, win32 and darwin.
//
//   no-window --appReady/openFile/activate (once the app is ready)--> loading
//   loading   --pageReady (the page took its open requests)--------> ready
//   ready     --closeRequested / quitRequested: ask the page------> asking
//   asking    --pageAnswered(false)--> ready;  pageAnswered(true) --> closing
//   any       --pageLoading (reload)--> loading;  windowClosed ----> no-window
//
// Files asked to open wait while there is no ready page and are delivered when the next page is
// ready; with no window at all (macOS keeps running) a window is made for them. A quit that had to
// ask the page goes on by itself once the window has closed, so Cmd+Q needs one press.

export type WindowState = 'no-window' | 'loading' | 'ready' | 'asking' | 'closing';

export interface WindowLifeEffects {
  /** Make the main window and load the page. */
  createWindow(): void;
  /** Deliver an open request to the ready page. */
  send(filePath: string): void;
  /** Ask the page whether it may close (it may hold unsaved work). */
  askPage(): void;
  /** Close the window for real (the page said yes). */
  closeWindow(): void;
  /** Quit the app. */
  quit(): void;
}

export interface WindowLifeOptions {
  platform: string;
  /** How long an unanswered question holds a close; a page that never answers never blocks. */
  answerTimeoutMs?: number;
  now?: () => number;
}

export class WindowLife {
  private current: WindowState = 'no-window';
  private appIsReady = false;
  private pending: string[] = [];
  private quitting = false;
  private askedAt = 0;
  private readonly platform: string;
  private readonly answerTimeoutMs: number;
  private readonly now: () => number;

  constructor(
    private readonly effects: WindowLifeEffects,
    options: WindowLifeOptions,
  ) {
    this.platform = options.platform;
    this.answerTimeoutMs = options.answerTimeoutMs ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  get state(): WindowState {
    return this.current;
  }

  /** The app is ready: the first window opens. */
  appReady(): void {
    this.appIsReady = true;
    this.open();
  }

  /** macOS: the dock icon was clicked. */
  activate(): void {
    if (this.current === 'no-window') this.open();
  }

  /** A file the OS asks Placard to open (command line, second instance, Finder, the dock). */
  openFile(filePath: string): void {
    if (this.current === 'ready') {
      this.effects.send(filePath);
      return;
    }
    if (!this.pending.includes(filePath)) this.pending.push(filePath);
    if (this.current === 'no-window') this.open();
  }

  /** The page (re)started loading: it must take its open requests again. */
  pageLoading(): void {
    if (this.current !== 'no-window' && this.current !== 'closing') this.current = 'loading';
  }

  /** The page is ready and takes what waited for it. */
  pageReady(): string[] {
    if (this.current !== 'no-window') this.current = 'ready';
    return this.pending.splice(0);
  }

  /** The window is about to close; true when the close must be held while the page is asked. */
  closeRequested(): boolean {
    switch (this.current) {
      case 'ready':
        this.ask();
        return true;
      case 'asking':
        // A page that never answered does not block a second try.
        if (this.now() - this.askedAt > this.answerTimeoutMs) return false;
        return true;
      default:
        return false;
    }
  }

  /** The app is about to quit; true when the quit must wait for the page's answer. */
  quitRequested(): boolean {
    if (this.current !== 'ready' && this.current !== 'asking') return false;
    this.quitting = true;
    if (this.current === 'ready') this.ask();
    return true;
  }

  /** The page's answer to "may I close?" (a ready page may also say it is done on its own). */
  pageAnswered(close: boolean): void {
    if (this.current !== 'asking' && this.current !== 'ready') return;
    if (!close) {
      this.current = 'ready';
      this.quitting = false;
      return;
    }
    this.current = 'closing';
    this.effects.closeWindow();
  }

  /** The window is gone. */
  windowClosed(): void {
    this.current = 'no-window';
    if (this.quitting) {
      this.quitting = false;
      this.effects.quit();
    }
  }

  /** Every window is closed: quit, except on macOS where apps keep running. */
  allWindowsClosed(): void {
    if (this.platform !== 'darwin') this.effects.quit();
  }

  private open(): void {
    if (!this.appIsReady) return;
    this.current = 'loading';
    this.effects.createWindow();
  }

  private ask(): void {
    this.current = 'asking';
    this.askedAt = this.now();
    this.effects.askPage();
  }
}
