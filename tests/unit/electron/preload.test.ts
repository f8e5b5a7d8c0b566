import { beforeEach, describe, expect, it, vi } from 'vitest';
import { API, API_METHODS, EVENTS } from '../../../core/api';
import { MAX_PATH_LENGTH } from '../../../core/api-files';

const fake = vi.hoisted(() => ({
  exposed: new Map<string, any>(),
  listeners: new Map<string, Set<(...args: any[]) => void>>(),
}));

vi.mock('electron', () => {
  const ipcRenderer = {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ channel, args })),
    on: vi.fn((channel: string, listener: (...args: any[]) => void) => {
      if (!fake.listeners.has(channel)) fake.listeners.set(channel, new Set());
      fake.listeners.get(channel)!.add(listener);
    }),
    removeListener: vi.fn((channel: string, listener: (...args: any[]) => void) => {
      fake.listeners.get(channel)?.delete(listener);
    }),
  };
  const contextBridge = { exposeInMainWorld: vi.fn((key: string, value: unknown) => fake.exposed.set(key, value)) };
  return { ipcRenderer, contextBridge, default: { ipcRenderer, contextBridge } };
});

const electron = (await import('electron')) as unknown as { ipcRenderer: any; contextBridge: any };

function emit(channel: string, ...args: unknown[]) {
  for (const listener of fake.listeners.get(channel) ?? []) listener({ sender: 'ipc-event' }, ...args);
}

beforeEach(async () => {
  vi.resetModules();
  vi.clearAllMocks();
  fake.exposed.clear();
  fake.listeners.clear();
  await import('../../../electron/preload');
});

describe('electron/preload', () => {
  it('exposes exactly the API methods and the event listeners as window.placard', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect([...fake.exposed.keys()]).toEqual(['placard']);
    const api = fake.exposed.get('placard');
    expect(Object.keys(api).sort()).toEqual([...API_METHODS, 'onMenuAction', 'onOpenFile', 'onCloseRequested'].sort());
    for (const key of Object.keys(api)) expect(typeof api[key], key).toBe('function');
  });

  it('invokes each method on its own channel with the arguments unchanged', async () => {
    const api = fake.exposed.get('placard');
    for (const method of API_METHODS) {
      const arg = { probe: method };
      expect(await api[method](arg)).toEqual({ channel: API[method].channel, args: [arg] });
    }
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledTimes(API_METHODS.length);
  });

  it('delivers menu actions without the IPC event, and unsubscribes', () => {
    const api = fake.exposed.get('placard');
    const listener = vi.fn();
    const unsubscribe = api.onMenuAction(listener);
    emit(EVENTS.menuAction.channel, 'file.save');
    expect(listener).toHaveBeenCalledWith('file.save');
    expect(listener.mock.calls[0]).toHaveLength(1);
    emit(EVENTS.menuAction.channel, { not: 'a string' });
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    emit(EVENTS.menuAction.channel, 'file.open');
    expect(listener).toHaveBeenCalledTimes(1);
    expect(() => api.onMenuAction('nope')).toThrow(TypeError);
  });

  it('delivers file-open paths and close requests without the IPC event, checking payloads', () => {
    const api = fake.exposed.get('placard');
    const onOpen = vi.fn();
    const onClose = vi.fn();
    const stopOpen = api.onOpenFile(onOpen);
    api.onCloseRequested(onClose);
    emit(EVENTS.openFile.channel, { path: '/home/a/flyer.placard' });
    emit(EVENTS.openFile.channel, { path: 42 });
    emit(EVENTS.openFile.channel, '/not/an/object');
    emit(EVENTS.openFile.channel, null);
    emit(EVENTS.openFile.channel, { path: '' });
    emit(EVENTS.openFile.channel, { path: '/a\0b.placard' });
    emit(EVENTS.openFile.channel, { path: `/${'x'.repeat(MAX_PATH_LENGTH)}` });
    emit(EVENTS.openFile.channel, { path: `/${'x'.repeat(MAX_PATH_LENGTH - 1)}` });
    expect(onOpen.mock.calls.map((c) => String(c[0]).length)).toEqual(['/home/a/flyer.placard'.length, MAX_PATH_LENGTH]);
    emit(EVENTS.closeRequested.channel, {});
    expect(onClose.mock.calls).toEqual([[]]);
    stopOpen();
    emit(EVENTS.openFile.channel, { path: '/b.placard' });
    expect(onOpen).toHaveBeenCalledTimes(2);
    expect(() => api.onOpenFile(null)).toThrow(TypeError);
  });
});
