// Binary-safe values for Playwright bindings. exposeBinding serializes arguments and results
// as JSON, which turns a Uint8Array into a plain object; the harness tags bytes as
// { __bytes: base64 } on one side and restores them on the other. The browser side of the
// same scheme lives in bridge-script.ts (it must be self-contained to run in the page).

export const BYTES_TAG = '__bytes';

export type Wire = null | boolean | number | string | Wire[] | { [key: string]: Wire };

/** Node -> page: replaces every Uint8Array (including Buffer) with a tagged base64 object. */
export function toWire(value: unknown): Wire {
  if (value instanceof Uint8Array) return { [BYTES_TAG]: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') };
  if (Array.isArray(value)) return value.map(toWire);
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: Wire } = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toWire(v);
    return out;
  }
  if (value === undefined) return null;
  return value as Wire;
}

function isBytesTag(value: object): value is { [BYTES_TAG]: string } {
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === BYTES_TAG && typeof (value as Record<string, unknown>)[BYTES_TAG] === 'string';
}

/** Page -> Node: restores tagged objects to plain Uint8Arrays (not Buffers, as IPC would). */
export function fromWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromWire);
  if (value !== null && typeof value === 'object') {
    if (isBytesTag(value)) return new Uint8Array(Buffer.from(value[BYTES_TAG], 'base64'));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromWire(v)]));
  }
  return value;
}
