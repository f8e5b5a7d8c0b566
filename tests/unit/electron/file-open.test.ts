import { describe, expect, it, vi } from 'vitest';
import { CloseGuard, OpenQueue, openableFiles } from '../../../electron/file-open';

describe('openableFiles', () => {
  it('keeps .placard and .placardpack arguments, resolved, without flags or duplicates', () => {
    expect(openableFiles(['--inspect', 'a.placard', '/x/B.PLACARDPACK', 'notes.txt', 'a.placard', '-psn_0_1'], '/home/u')).toEqual(['/home/u/a.placard', '/x/B.PLACARDPACK']);
    expect(openableFiles([], '/')).toEqual([]);
  });

  it('accepts file URLs with percent-encoding, as Linux file managers pass them (%U)', () => {
    expect(openableFiles(['file:///home/u/My%20Flyer.placard', 'file:///tmp/pack%C3%A9.placardpack'], '/x')).toEqual(['/home/u/My Flyer.placard', '/tmp/packé.placardpack']);
    // Other URLs and broken file URLs are not files to open.
    expect(openableFiles(['https://evil.example/a.placard', 'file://remote-host/a.placard', 'file:///a%2Fb.placard'], '/x')).toEqual([]);
  });
});

describe('OpenQueue', () => {
  it('holds requests until taken, then sends at once; reset holds again', () => {
    const send = vi.fn();
    const queue = new OpenQueue(send);
    queue.request('/a.placard');
    queue.request('/a.placard');
    expect(send).not.toHaveBeenCalled();
    expect(queue.take()).toEqual(['/a.placard']);
    queue.request('/b.placard');
    expect(send).toHaveBeenCalledWith('/b.placard');
    queue.reset();
    queue.request('/c.placard');
    expect(send).toHaveBeenCalledTimes(1);
    expect(queue.take()).toEqual(['/c.placard']);
  });
});

describe('CloseGuard', () => {
  it('asks once, closes on yes, keeps the window on no, never blocks an unready page or a silent one', () => {
    let now = 0;
    const ask = vi.fn();
    const close = vi.fn();
    const guard = new CloseGuard(ask, close, 1000, () => now);
    expect(guard.onClose(false)).toBe(false);
    expect(guard.onClose(true)).toBe(true);
    expect(ask).toHaveBeenCalledTimes(1);
    guard.answer(false);
    expect(close).not.toHaveBeenCalled();
    expect(guard.onClose(true)).toBe(true);
    now = 5000; // the page never answered; the next attempt goes through
    expect(guard.onClose(true)).toBe(false);
    const guard2 = new CloseGuard(ask, close);
    expect(guard2.onClose(true)).toBe(true);
    guard2.answer(true);
    expect(close).toHaveBeenCalledTimes(1);
    expect(guard2.onClose(true)).toBe(false);
  });
});
