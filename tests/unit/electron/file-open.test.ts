import { describe, expect, it } from 'vitest';
import { openableFiles } from '../../../electron/file-open';

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
