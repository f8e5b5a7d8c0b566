// A PlacardApi whose implementation loads on first use. The browser implementation (IndexedDB,
// zip reading, pack checks) is only needed without Electron's preload, so it is not in the
// first screen's bundle. A Proxy, because listing the methods would load the zod schemas they are
// described with.
import type { PlacardApi } from '../../core/api';

type AnyMethod = (...args: unknown[]) => unknown;
type Listen = (listener: (...args: unknown[]) => void) => () => void;

/** Subscriptions (onMenuAction, onOpenFile, ...) return their unsubscribe function at once. */
const isSubscription = (name: string) => /^on[A-Z]/.test(name);

export function lazyApi(load: () => Promise<PlacardApi>): PlacardApi {
  let loaded: Promise<PlacardApi> | null = null;
  const api = () => (loaded ??= load());
  const methods = new Map<string, AnyMethod>();

  const subscribe = (name: string): Listen => (listener) => {
    let unsubscribe: (() => void) | null = null;
    let cancelled = false;
    void api().then(
      (real) => {
        if (!cancelled) unsubscribe = (real[name as keyof PlacardApi] as Listen)(listener);
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
      unsubscribe?.();
    };
  };
  const call = (name: string): AnyMethod => async (...args) => ((await api())[name as keyof PlacardApi] as AnyMethod)(...args);

  return new Proxy({} as PlacardApi, {
    get(_target, name) {
      // Not a promise: `await getApi()` must not wait for a "then" method.
      if (typeof name !== 'string' || name === 'then') return undefined;
      let method = methods.get(name);
      if (!method) {
        method = isSubscription(name) ? (subscribe(name) as AnyMethod) : call(name);
        methods.set(name, method);
      }
      return method;
    },
  });
}
