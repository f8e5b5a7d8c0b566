// The main window's life as a state machine, walked through on linux, win32 and darwin: open
// requests wait for a ready page, the page is asked before a close or quit, macOS keeps running
// with no window and makes one for a file, a re-created window asks again, and Cmd+Q needs one press.
import { describe, expect, it } from 'vitest';
import { WindowLife } from '../../../electron/window-life';

function setup(platform: string) {
  const log: string[] = [];
  let now = 0;
  const life = new WindowLife(
    {
      createWindow: () => log.push('create'),
      send: (p) => log.push(`send ${p}`),
      askPage: () => log.push('ask'),
      closeWindow: () => log.push('close'),
      quit: () => log.push('quit'),
    },
    { platform, answerTimeoutMs: 1000, now: () => now },
  );
  return { life, log, later: (ms: number) => (now += ms) };
}

describe.each(['linux', 'win32', 'darwin'])('window life on %s', (platform) => {
  it('holds files until the page is ready, then sends them at once; a reload holds again', () => {
    const { life, log } = setup(platform);
    life.openFile('/a.placard'); // before the app is ready: waits, no window yet
    expect(log).toEqual([]);
    life.appReady();
    expect(life.state).toBe('loading');
    life.openFile('/b.placard');
    life.openFile('/a.placard');
    expect(life.pageReady()).toEqual(['/a.placard', '/b.placard']);
    expect(life.state).toBe('ready');
    life.openFile('/c.placard');
    life.pageLoading();
    life.openFile('/d.placard');
    expect(life.pageReady()).toEqual(['/d.placard']);
    expect(log).toEqual(['create', 'send /c.placard']);
  });

  it('asks the page before closing; no keeps the window, yes closes it; an unready or silent page never blocks', () => {
    const { life, log, later } = setup(platform);
    life.appReady();
    expect(life.closeRequested()).toBe(false); // still loading
    life.pageReady();
    expect(life.closeRequested()).toBe(true);
    expect(life.state).toBe('asking');
    life.pageAnswered(false);
    expect(life.state).toBe('ready');
    expect(life.closeRequested()).toBe(true);
    later(5000);
    expect(life.closeRequested()).toBe(false); // the page never answered
    life.pageAnswered(true);
    expect(life.state).toBe('closing');
    expect(life.closeRequested()).toBe(false); // the real close goes through
    life.windowClosed();
    expect(life.state).toBe('no-window');
    expect(log.filter((l) => l === 'ask')).toHaveLength(2);
    expect(log.at(-1)).toBe('close');
  });

  it('closing the last window quits, except on macOS', () => {
    const { life, log } = setup(platform);
    life.appReady();
    life.windowClosed();
    life.allWindowsClosed();
    expect(log.includes('quit')).toBe(platform !== 'darwin');
  });

  it('a quit with unsaved work asks once and goes on by itself after yes; no cancels it', () => {
    const { life, log } = setup(platform);
    life.appReady();
    life.pageReady();
    expect(life.quitRequested()).toBe(true); // held: the page is asked
    life.pageAnswered(false);
    expect(life.quitRequested()).toBe(true); // asked again on the next try
    life.pageAnswered(true);
    life.windowClosed();
    expect(log.filter((l) => l === 'quit')).toHaveLength(1); // one press was enough
    expect(life.quitRequested()).toBe(false); // the quit that follows is not held
  });
});

/** A window opens, its page gets ready, the user closes it and the page says yes. */
function openThenCloseWithYes(life: WindowLife): void {
  life.appReady();
  life.pageReady();
  life.closeRequested();
  life.pageAnswered(true);
  life.windowClosed();
}

describe('window life on macOS, with no window open', () => {
  it('makes a window for a file opened from Finder or dropped on the dock, and delivers it', () => {
    const { life, log } = setup('darwin');
    openThenCloseWithYes(life);
    life.allWindowsClosed();
    log.length = 0;
    life.openFile('/from-finder.placard');
    expect(log).toEqual(['create']);
    expect(life.pageReady()).toEqual(['/from-finder.placard']);
  });

  it('a window re-created from the dock asks about unsaved work again', () => {
    const { life, log } = setup('darwin');
    openThenCloseWithYes(life);
    life.activate();
    expect(log.filter((l) => l === 'create')).toHaveLength(2);
    life.pageReady();
    expect(life.closeRequested()).toBe(true);
    expect(log.at(-1)).toBe('ask');
  });

  it('the dock icon does not open a second window while one is open', () => {
    const { life, log } = setup('darwin');
    life.appReady();
    life.activate();
    expect(log.filter((l) => l === 'create')).toHaveLength(1);
  });
});
