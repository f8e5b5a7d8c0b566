// The renderer's `zod`. vite.config.ts resolves the bare specifier "zod" to this module, so the
// library is a chunk of its own, fetched from the start but not part of the first screen's script
// (about 27 kB gzip). Nothing on the first screen needs it: every schema is built on first use
// (core/model/lazy-schema.ts), and the desktop app's first screen builds none. What can parse
// soon after start (the browser API, files opened at launch) awaits zodReady first.
// Node code (main, CLI, tests) imports the real package and never sees this module.
import type { z as Zod } from 'zod/v4';

let real: typeof Zod | undefined;

export const zodReady: Promise<void> = import('zod/v4').then((m) => {
  // The Content-Security-Policy forbids eval, so zod must never probe for it: the probe's
  // `new Function` would be refused and reported as a CSP violation on the first parse.
  m.z.config({ jitless: true });
  real = m.z;
});

export const z: typeof Zod = new Proxy({} as typeof Zod, {
  get(_target, key) {
    if (!real) throw new Error(`zod was used before it loaded (z.${String(key)}): await zodReady first`);
    return Reflect.get(real, key) as unknown;
  },
});
