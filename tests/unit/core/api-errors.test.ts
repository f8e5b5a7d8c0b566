// Coded errors across the process boundary (core/api-errors.ts): what main encodes into a message
// the renderer decodes to the same code and params, a coded error thrown in-process reads the same,
// and anything malformed reads as no coded error at all. The renderer decodes errors before its
// deferred zod chunk has arrived, so the decoder needs no zod.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiErrorInfo, encodeApiError } from '../../../core/api-errors';

describe('API errors', () => {
  it('decodes what main encoded into an error message, whatever text came before it', () => {
    const info = { code: 'bundle.too-large', params: { max: 200, name: 'rally.placard' }, message: 'too large' };
    expect(apiErrorInfo(new Error(encodeApiError(info)))).toEqual(info);
    expect(apiErrorInfo(new Error(`Error invoking remote method 'x': Error: ${encodeApiError(info)}`))).toEqual(info);
  });

  it('reads a coded error thrown in-process, with empty params when it has none', () => {
    expect(apiErrorInfo(Object.assign(new Error('no room'), { code: 'export.disk-full' }))).toEqual({ code: 'export.disk-full', params: {}, message: 'no room' });
    expect(apiErrorInfo({ code: 'pack.bad', params: { entry: 'a.json' } })).toEqual({ code: 'pack.bad', params: { entry: 'a.json' }, message: 'pack.bad' });
  });

  it('reads anything malformed as no coded error', () => {
    const encoded = (value: unknown) => new Error(`PLACARD_ERROR ${JSON.stringify(value)}`);
    expect(apiErrorInfo(encoded({ code: '', params: {}, message: 'm' }))).toBeNull();
    expect(apiErrorInfo(encoded({ code: 'x'.repeat(101), params: {}, message: 'm' }))).toBeNull();
    expect(apiErrorInfo(encoded({ code: 'a.b', params: { nested: { x: 1 } }, message: 'm' }))).toBeNull();
    expect(apiErrorInfo(encoded({ code: 'a.b', params: [1], message: 'm' }))).toBeNull();
    expect(apiErrorInfo(encoded({ code: 'a.b', params: {} }))).toBeNull();
    expect(apiErrorInfo(new Error('PLACARD_ERROR {not json'))).toBeNull();
    expect(apiErrorInfo({ code: 'a.b', params: { n: Number.NaN } })).toBeNull();
    expect(apiErrorInfo(new Error('plain'))).toBeNull();
    expect(apiErrorInfo('a string')).toBeNull();
    expect(apiErrorInfo(null)).toBeNull();
  });

  it('decodes without zod, which the renderer loads after its first screen', () => {
    const source = readFileSync(new URL('../../../core/api-errors.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/from ['"]zod/);
  });
});
