#!/usr/bin/env node
// Adds or replaces one message in both languages, keeping the JSON files sorted.
// Usage: node scripts/i18n-add.mjs <dotted.key> "<English>" "<Spanish>"
import { readFileSync, writeFileSync } from 'node:fs';

const [key, en, es] = process.argv.slice(2);
if (!key || en === undefined || es === undefined) {
  console.error('usage: node scripts/i18n-add.mjs <dotted.key> "<English>" "<Spanish>"');
  process.exit(2);
}
for (const [lang, text] of [['en', en], ['es', es]]) {
  const file = new URL(`../renderer/i18n/${lang}.json`, import.meta.url);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const parts = key.split('.');
  let node = data;
  for (const p of parts.slice(0, -1)) {
    if (typeof node[p] !== 'object' || node[p] === null) node[p] = {};
    node = node[p];
  }
  node[parts.at(-1)] = text;
  writeFileSync(file, JSON.stringify(sortKeys(data), null, 2) + '\n');
}

function sortKeys(value) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys(value[k])]));
}
