// JSON parsing for untrusted text: refuses keys that could pollute prototypes, keys that appear
// twice in one object (a viewer shows one value, JSON.parse keeps the other), and caps depth.
import { parse as parseJsonTree, type AnyNode } from '@humanwhocodes/momoa';
import type { FieldIssue } from './issues';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_JSON_DEPTH = 64;

export type JsonResult = { ok: true; value: unknown } | { ok: false; issue: FieldIssue; code?: 'duplicate-key' };

export function parseUntrustedJson(text: string): JsonResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { ok: false, issue: { path: '', message: `not valid JSON (${(err as Error).message})` } };
  }
  const bad = findForbidden(value, [], 0);
  if (bad) return { ok: false, issue: bad };
  const duplicate = findDuplicateKey(text);
  return duplicate ? { ok: false, issue: duplicate, code: 'duplicate-key' } : { ok: true, value };
}

/** The first object key that appears twice in the same object, with its path. */
function findDuplicateKey(text: string): FieldIssue | null {
  // JSON.parse accepted the text and the depth is capped above, so this parse succeeds and recursion is bounded.
  const stack: { node: AnyNode; path: string[] }[] = [{ node: parseJsonTree(text, { mode: 'json' }).body, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node.type === 'Object') {
      const seen = new Set<string>();
      for (const member of node.members) {
        const key = member.name.type === 'String' ? member.name.value : member.name.name;
        if (seen.has(key)) return { path: [...path, key].join('.'), message: `key "${key}" appears twice in the same object` };
        seen.add(key);
        stack.push({ node: member.value, path: [...path, key] });
      }
    } else if (node.type === 'Array') {
      node.elements.forEach((element, i) => stack.push({ node: element.value, path: [...path, String(i)] }));
    }
  }
  return null;
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
