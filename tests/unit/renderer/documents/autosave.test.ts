// Autosave timing and keys, with the bridge replaced by a recorder (node environment, fake timers).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const calls = vi.hoisted(() => ({ writes: [] as { docKey: string; name: string }[], clears: [] as string[] }));
vi.mock('../../../../renderer/bridge', () => ({
  getApi: () => ({
    writeRecovery: async ({ docKey, design }: { docKey: string; design: { name: string } }) => void calls.writes.push({ docKey, name: design.name }),
    clearRecovery: async (docKey: string) => void calls.clears.push(docKey),
  }),
}));

const { startAutosave, clearRecoveryFor, docKeyOf, AUTOSAVE_DELAY_MS } = await import('../../../../renderer/documents/autosave');
const { useDesignStore } = await import('../../../../renderer/state/design-store');
const { useDocumentStore } = await import('../../../../renderer/documents/document-store');

let stop: () => void;
beforeEach(() => {
  vi.useFakeTimers();
  calls.writes.length = 0;
  calls.clears.length = 0;
  useDocumentStore.getState().setPath(null);
  stop = startAutosave((design) => ({ design, assets: {}, fonts: {} }));
});
afterEach(() => {
  stop();
  vi.useRealTimers();
});

const rename = (name: string) => useDesignStore.getState().commit('history.rename', (d) => ({ ...d, name }));

describe('autosave', () => {
  it('writes one recovery copy AUTOSAVE_DELAY_MS after the last of several changes', async () => {
    rename('a');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    rename('ab');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    expect(calls.writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(calls.writes).toEqual([{ docKey: `untitled:${useDesignStore.getState().design.id}`, name: 'ab' }]);
  });

  it('does not write when the change was saved before the delay ran out', async () => {
    rename('saved soon');
    useDesignStore.getState().markSaved();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(calls.writes).toEqual([]);
  });

  it('keys copies by the file path once there is one, and clears by key', async () => {
    useDocumentStore.getState().setPath('/docs/flyer.placard');
    expect(docKeyOf()).toBe('/docs/flyer.placard');
    rename('on disk');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(calls.writes.at(-1)?.docKey).toBe('/docs/flyer.placard');
    await clearRecoveryFor('/docs/flyer.placard');
    expect(calls.clears).toEqual(['/docs/flyer.placard']);
  });
});
