// `npm ci` on a fresh machine fails when the lock misses an optional platform package that a
// dependency declares. Catch it here, with the fix, instead of in CI.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const lock = JSON.parse(readFileSync(new URL('../../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, { optionalDependencies?: Record<string, string> }>;
};

describe('package-lock.json', () => {
  it('lists every optional platform package of @napi-rs/canvas (else run: node scripts/fix-lock.mjs package-lock.json)', () => {
    const parent = lock.packages['node_modules/@napi-rs/canvas'];
    expect(parent).toBeDefined();
    const missing = Object.keys(parent!.optionalDependencies ?? {}).filter((name) => !lock.packages[`node_modules/${name}`]);
    expect(missing).toEqual([]);
  });
});
