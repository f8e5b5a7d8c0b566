// The renderer's Content-Security-Policy forbids eval, so zod must never probe for it: the probe's
// `new Function` is refused and reported as a CSP violation on the first parse. Imported first by
// main.tsx, before any schema parses.
import { z } from 'zod';

z.config({ jitless: true });
