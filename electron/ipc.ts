// Registers every API channel once on ipcMain. Each call is checked before it reaches a handler:
// the sender must be the app's own top-level frame (served from app://placard/) and pass the
// caller's own check, and the arguments must match the contract in core/api.ts.
import { API, API_METHODS, encodeApiError, type ApiHandlers } from '../core/api';
import { invokeValidated } from './handlers';
import { PlacardError, isPlacardError } from './services/errors';

export const APP_ORIGIN_PREFIX = 'app://placard/';

/** The parts of Electron's WebFrameMain and IpcMainInvokeEvent these checks read. */
export interface SenderFrameLike {
  url: string;
  parent: unknown;
}
export interface InvokeEventLike {
  senderFrame: SenderFrameLike | null;
}
export interface IpcMainLike<E extends InvokeEventLike = InvokeEventLike> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

/** True when the call comes from a top-level frame showing the app itself. */
export function isAppMainFrame(event: InvokeEventLike): boolean {
  const frame = event.senderFrame;
  if (!frame) return false; // the frame navigated away or was destroyed
  if (frame.parent !== null) return false; // iframes never get the API
  return typeof frame.url === 'string' && frame.url.startsWith(APP_ORIGIN_PREFIX);
}

const registered = new WeakSet<object>();

/**
 * Registers one ipcMain.handle per API channel. Returns a function that removes them.
 * Errors reach the renderer with their code and params encoded in the message (see apiErrorInfo).
 */
export function registerIpc<E extends InvokeEventLike>(
  ipcMain: IpcMainLike<E>,
  handlers: ApiHandlers,
  isTrustedSender: (event: E) => boolean,
): () => void {
  if (registered.has(ipcMain)) throw new Error('registerIpc: the API channels are already registered');
  registered.add(ipcMain);
  for (const method of API_METHODS) {
    ipcMain.handle(API[method].channel, async (event, ...args) => {
      try {
        if (!isAppMainFrame(event) || !isTrustedSender(event)) {
          const url = event.senderFrame?.url ?? '(no frame)';
          throw new PlacardError('ipc.untrusted-sender', `Refused ${method} from untrusted sender ${url.slice(0, 200)}`, { method });
        }
        return await invokeValidated(handlers, method, args);
      } catch (err) {
        throw toIpcError(err);
      }
    });
  }
  return () => {
    for (const method of API_METHODS) ipcMain.removeHandler(API[method].channel);
    registered.delete(ipcMain);
  };
}

function toIpcError(err: unknown): Error {
  const info = isPlacardError(err)
    ? { code: err.code, params: err.params, message: err.message }
    : { code: 'internal', params: { message: err instanceof Error ? err.message : String(err) }, message: err instanceof Error ? err.message : String(err) };
  const wrapped = new Error(encodeApiError(info));
  if (isPlacardError(err)) Object.assign(wrapped, { code: err.code, params: err.params });
  return wrapped;
}
