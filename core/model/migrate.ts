// migrate(): the one entry point that turns any stored design (any version we ever wrote) into a
// valid current-version Design, or explains precisely why it cannot.
import { CURRENT_VERSION, LIMITS, designSchema, type Design } from './schema';
import { type FieldIssue, zodIssues } from './issues';
import { walkElements } from './tree';

/** One step upgrades a document from `from` to `from + 1`. Steps receive plain JSON. */
export interface Migration {
  from: number;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

/** Version 1 is the first released format, so there are no steps yet; later versions append here. */
export const MIGRATIONS: readonly Migration[] = [];

export type MigrateResult = { ok: true; design: Design; migratedFrom: number } | { ok: false; code: MigrateErrorCode; issues: FieldIssue[] };
export type MigrateErrorCode = 'not-an-object' | 'no-version' | 'newer-version' | 'no-migration' | 'invalid' | 'too-much-text';

export function migrate(input: unknown, migrations: readonly Migration[] = MIGRATIONS, currentVersion: number = CURRENT_VERSION): MigrateResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return fail('not-an-object', '', 'a design must be a JSON object');
  }
  let doc = input as Record<string, unknown>;
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('no-version', 'version', 'missing or invalid format version');
  }
  if (version > currentVersion) {
    return fail('newer-version', 'version', `made by a newer Placard (format ${version}; this one reads up to ${currentVersion})`);
  }
  for (let v = version; v < currentVersion; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return fail('no-migration', 'version', `no upgrade from format ${v}`);
    doc = { ...step.up(doc), version: v + 1 };
  }
  // The text budget first, on the raw JSON: refusing an oversized design must not cost a full schema check.
  const rawText = rawTextLength(doc.elements, 0);
  if (rawText > LIMITS.maxDesignTextLength) return fail('too-much-text', 'elements', `the design holds ${rawText} characters of text; the limit is ${LIMITS.maxDesignTextLength}`);
  // The template's samples are a copy of at most as much text, held to the same budget on their own.
  const sampleText = rawSampleLength(doc.origin);
  if (sampleText > LIMITS.maxDesignTextLength) return fail('too-much-text', 'origin', `the design holds ${sampleText} characters of sample text; the limit is ${LIMITS.maxDesignTextLength}`);
  const parsed = designSchema.safeParse(doc);
  if (!parsed.success) return { ok: false, code: 'invalid', issues: zodIssues(parsed.error) };
  const structural = checkStructure(parsed.data);
  if (structural.length) return { ok: false, code: 'invalid', issues: structural };
  return { ok: true, design: parsed.data, migratedFrom: version };
}

/** Rules a schema cannot express: total element count, nesting depth, unique ids, known assets. */
export function checkStructure(design: Design): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  let count = 0;
  for (const { element, depth } of walkElements(design.elements)) {
    count++;
    if (depth > LIMITS.maxGroupDepth) issues.push({ path: 'elements', message: `groups nested deeper than ${LIMITS.maxGroupDepth}` });
    if (seen.has(element.id)) issues.push({ path: 'elements', message: `duplicate element id "${element.id}"` });
    seen.add(element.id);
    if (element.type === 'image' && !Object.hasOwn(design.assets, element.assetId)) {
      issues.push({ path: 'elements', message: `image "${element.id}" refers to missing asset "${element.assetId}"` });
    }
  }
  if (count > LIMITS.maxElements) issues.push({ path: 'elements', message: `more than ${LIMITS.maxElements} elements` });
  return issues.slice(0, 20);
}

/** Characters of text across every element and language (what laying the design out costs), read from unvalidated JSON: any "text" string and "variants" strings of elements and their children. */
function rawTextLength(elements: unknown, depth: number): number {
  if (!Array.isArray(elements) || depth > LIMITS.maxGroupDepth + 1) return 0;
  let total = 0;
  for (const el of elements as unknown[]) {
    if (el === null || typeof el !== 'object') continue;
    const { text, variants, children } = el as Record<string, unknown>;
    if (typeof text === 'string') total += text.length;
    if (variants !== null && typeof variants === 'object') for (const v of Object.values(variants)) if (typeof v === 'string') total += v.length;
    total += rawTextLength(children, depth + 1);
  }
  return total;
}

/** Characters of the template's sample texts (origin.texts), read from unvalidated JSON. */
function rawSampleLength(origin: unknown): number {
  if (origin === null || typeof origin !== 'object') return 0;
  const texts = (origin as Record<string, unknown>).texts;
  if (texts === null || typeof texts !== 'object') return 0;
  let total = 0;
  for (const perLanguage of Object.values(texts)) {
    if (perLanguage === null || typeof perLanguage !== 'object') continue;
    for (const v of Object.values(perLanguage)) if (typeof v === 'string') total += v.length;
  }
  return total;
}

function fail(code: MigrateErrorCode, path: string, message: string): MigrateResult {
  return { ok: false, code, issues: [{ path, message }] };
}
