// The page side of the harness: what electron/preload.ts does in the real app. It defines
// window.placard with exactly the API methods (each forwarding to the Node binding) plus
// onMenuAction. Playwright serializes this function into the page, so it must not close
// over anything from this module; everything it needs arrives in `config`.

export interface BridgeConfig {
  /** Name of the Playwright binding that runs a call in Node. */
  binding: string;
  /** Name of the hidden page global the harness uses to fire menu actions. */
  menuHook: string;
  /** Name of the hidden page global the harness uses to fire main's events (openFile, closeRequested). */
  eventHook: string;
  /** API method name -> IPC channel (for Electron-like error messages). */
  channels: Record<string, string>;
  bytesTag: string;
}

export type BindingReply = { ok: true; value: unknown } | { ok: false; message: string };

export function installPlacardBridge(config: BridgeConfig): void {
  type Invoke = (method: string, args: unknown) => Promise<BindingReply>;
  const w = window as unknown as Record<string, unknown>;
  const tag = config.bytesTag;

  const toBase64 = (bytes: Uint8Array): string => {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  };
  const fromBase64 = (text: string): Uint8Array => {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  };
  const encode = (value: unknown): unknown => {
    if (value instanceof Uint8Array) return { [tag]: toBase64(value) };
    if (Array.isArray(value)) return value.map(encode);
    if (value !== null && typeof value === 'object') {
      // Like structured clone, only own enumerable data crosses; functions do not.
      return Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v !== 'function').map(([k, v]) => [k, encode(v)]));
    }
    return value;
  };
  const decode = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(decode);
    if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      if (entries.length === 1 && entries[0]![0] === tag && typeof entries[0]![1] === 'string') return fromBase64(entries[0]![1]);
      return Object.fromEntries(entries.map(([k, v]) => [k, decode(v)]));
    }
    return value;
  };

  const api: Record<string, unknown> = {};
  for (const [method, channel] of Object.entries(config.channels)) {
    api[method] = async (...args: unknown[]) => {
      const invoke = w[config.binding] as Invoke | undefined;
      if (typeof invoke !== 'function') throw new Error('placard e2e harness: the Node binding is missing');
      const reply = await invoke(method, encode(args));
      // Electron's ipcRenderer.invoke rejects with exactly this wording around main's message.
      if (!reply.ok) throw new Error(`Error invoking remote method '${channel}': Error: ${reply.message}`);
      return decode(reply.value);
    };
  }

  const menuListeners = new Set<(actionId: string) => void>();
  api.onMenuAction = (listener: unknown) => {
    if (typeof listener !== 'function') throw new TypeError('onMenuAction expects a function');
    const wrapped = (actionId: string) => (listener as (id: string) => void)(actionId);
    menuListeners.add(wrapped);
    return () => {
      menuListeners.delete(wrapped);
    };
  };

  const eventListeners: Record<string, Set<(payload: Record<string, unknown>) => void>> = { openFile: new Set(), closeRequested: new Set() };
  const listen = (event: string, name: string, listener: unknown, forward: (payload: Record<string, unknown>) => void) => {
    if (typeof listener !== 'function') throw new TypeError(`${name} expects a function`);
    eventListeners[event]!.add(forward);
    return () => {
      eventListeners[event]!.delete(forward);
    };
  };
  api.onOpenFile = (listener: unknown) => listen('openFile', 'onOpenFile', listener, (p) => (listener as (path: string) => void)(String(p.path)));
  api.onCloseRequested = (listener: unknown) => listen('closeRequested', 'onCloseRequested', listener, () => (listener as () => void)());
  Object.defineProperty(window, config.eventHook, {
    value: (event: string, payload: Record<string, unknown>) => {
      const listeners = eventListeners[event] ?? new Set();
      for (const listener of [...listeners]) listener(payload);
      return listeners.size;
    },
    enumerable: false,
  });

  // contextBridge exposes a frozen, read-only object; do the same.
  Object.defineProperty(window, 'placard', { value: Object.freeze(api), enumerable: true, configurable: false, writable: false });
  Object.defineProperty(window, config.menuHook, {
    value: (actionId: string) => {
      for (const listener of [...menuListeners]) listener(actionId);
      return menuListeners.size;
    },
    enumerable: false,
  });
}
