// JSON parsing for untrusted text: refuses keys that could pollute prototypes, and caps depth.
import type { FieldIssue } from './issues';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_JSON_DEPTH = 64;

export type JsonResult = { ok: true; value: unknown } | { ok: false; issue: FieldIssue };

export function parseUntrustedJson(text: string): JsonResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, issue: { path: '', message: `not valid JSON (${(err as Error).message})` } };
  }
  const bad = findForbidden(value, [], 0);
  return bad ? { ok: false, issue: bad } : { ok: true, value };
}

function findForbidden(value: unknown, path: string[], depth: number): FieldIssue | null {
  if (depth > MAX_JSON_DEPTH) return { path: path.join('.'), message: `nested deeper than ${MAX_JSON_DEPTH} levels` };
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findForbidden(value[i], [...path, String(i)], depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return { path: [...path, key].join('.'), message: `forbidden key "${key}"` };
    const found = findForbidden((value as Record<string, unknown>)[key], [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}
