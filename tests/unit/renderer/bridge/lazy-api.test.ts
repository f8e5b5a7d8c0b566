// The browser API loads on first use: nothing loads until a method is called, it loads once, calls
// and subscriptions made before it arrived reach it, and a failed load rejects the call.
import { describe, expect, it, vi } from 'vitest';
import type { PlacardApi } from '../../../../core/api';
import { lazyApi } from '../../../../renderer/bridge/lazy-api';

function fakeApi() {
  const listeners = new Set<(id: string) => void>();
  return {
    listeners,
    api: {
      getSettings: vi.fn(async () => ({ language: 'es' })),
      saveExport: vi.fn(async (args: { suggestedName: string }) => ({ status: 'saved', path: args.suggestedName })),
      onMenuAction: vi.fn((listener: (id: string) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      }),
    } as unknown as PlacardApi,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('lazyApi', () => {
  it('loads nothing until a method is used, then loads once and forwards arguments and results', async () => {
    const { api } = fakeApi();
    const load = vi.fn(async () => api);
    const lazy = lazyApi(load);
    expect(load).not.toHaveBeenCalled();
    const [settings, saved] = await Promise.all([lazy.getSettings(), lazy.saveExport({ suggestedName: 'a.png' } as never)]);
    expect(settings).toEqual({ language: 'es' });
    expect(saved).toEqual({ status: 'saved', path: 'a.png' });
    expect(api.saveExport).toHaveBeenCalledWith({ suggestedName: 'a.png' });
    await lazy.getSettings();
    expect(load).toHaveBeenCalledTimes(1);
    expect(lazy.getSettings).toBe(lazy.getSettings);
  });

  it('subscribes as soon as the implementation arrives, and an early unsubscribe wins', async () => {
    const { api, listeners } = fakeApi();
    const lazy = lazyApi(async () => api);
    const heard: string[] = [];
    const stop = lazy.onMenuAction((id) => heard.push(id));
    expect(typeof stop).toBe('function');
    await settle();
    for (const l of listeners) l('export');
    expect(heard).toEqual(['export']);
    stop();
    expect(listeners.size).toBe(0);

    const early = lazy.onMenuAction(() => heard.push('never'));
    early();
    await settle();
    expect(listeners.size).toBe(0);
  });

  it('is not a promise, and a failed load rejects the call that needed it', async () => {
    const lazy = lazyApi(async () => {
      throw new Error('chunk missing');
    });
    expect((lazy as unknown as { then?: unknown }).then).toBeUndefined();
    await expect(lazy.getSettings()).rejects.toThrow('chunk missing');
  });
});
