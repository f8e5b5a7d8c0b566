// Decoding JSON entries: size cap, strict UTF-8, no prototype-polluting keys, canonical output.
import { parseUntrustedJson } from '../model/json';
import { type BundleResult, fail, issue, ok } from './errors';

const FORBIDDEN_LAST_SEGMENT = /(^|\.)(__proto__|constructor|prototype)$/;

export function parseJsonEntry(entry: string, data: Uint8Array, maxJsonBytes: number): BundleResult<unknown> {
  if (data.length > maxJsonBytes) {
    return fail(issue('bundle.json-too-large', `JSON is larger than ${maxJsonBytes} bytes`, { entry }, { max: maxJsonBytes }));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);
  } catch {
    return fail(issue('bundle.bad-json', 'not valid UTF-8 text', { entry }));
  }
  const parsed = parseUntrustedJson(text);
  if (parsed.ok) return ok(parsed.value);
  const where = { entry, field: parsed.issue.path };
  if (parsed.code === 'duplicate-key') return fail(issue('bundle.duplicate-key', parsed.issue.message, where));
  if (FORBIDDEN_LAST_SEGMENT.test(parsed.issue.path)) return fail(issue('bundle.forbidden-key', parsed.issue.message, where));
  return fail(issue('bundle.bad-json', parsed.issue.message, where));
}

/** JSON with object keys sorted at every level, so equal values always serialize to equal bytes. */
export function canonicalJson(value: unknown): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(sortKeys(value), null, 2) + '\n');
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = sortKeys(v);
  }
  return out;
}
