// Reads a design from disk for the CLI: a .placard document, a design JSON or a template JSON.
// Everything is untrusted and validated by core/ before anything is drawn.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate, describeIssues, type Design, type Language } from '../core/model';
import { parseUntrustedJson } from '../core/model/json';
import { readDocumentBundle } from '../core/bundle';
import { TEMPLATE_FORMAT, validateTemplate, isSamplePhoto, SAMPLE_PHOTOS } from '../core/templates';
import { getPreset } from '../core/presets';

/** Refuse inputs larger than this before reading them into memory. */
export const MAX_INPUT_BYTES = 256 * 1024 * 1024;

export class CliError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${key} ${JSON.stringify(params)}`);
  }
}

export interface LoadedDesign {
  design: Design;
  assets: Map<string, Uint8Array>;
  kind: 'document' | 'design-json' | 'template';
  /** The preset a template was laid out for. */
  presetId?: string;
  /** Fonts a .placard document carries, by file name (fonts/<name>). */
  fonts?: Map<string, Uint8Array>;
}

/** The folder holding package.json, so bundled assets are found from src and from dist/cli. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'assets'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

export function readInput(path: string): Uint8Array {
  const full = resolve(path);
  if (!existsSync(full)) throw new CliError('cli.errors.noSuchFile', { path });
  const stat = statSync(full);
  if (!stat.isFile()) throw new CliError('cli.errors.notAFile', { path });
  if (stat.size > MAX_INPUT_BYTES) throw new CliError('cli.errors.fileTooLarge', { path, mb: Math.round(MAX_INPUT_BYTES / 1e6) });
  return new Uint8Array(readFileSync(full));
}

/**
 * Reads a .placard document, a design's JSON or a template. A template's design takes the
 * template's name in `language`, as the app names a template it opens in that language.
 */
export function loadDesign(path: string, language?: Language): LoadedDesign {
  const bytes = readInput(path);
  const ext = extname(path).toLowerCase();
  if (ext === '.placard') {
    const doc = readDocumentBundle(bytes);
    if (!doc.ok) throw new CliError('cli.errors.badDocument', { path, code: doc.error.code, details: doc.error.message });
    return { design: doc.value.design, assets: doc.value.assets, kind: 'document', fonts: doc.value.fonts };
  }
  if (ext !== '.json') throw new CliError('cli.errors.unknownInput', { path });
  const json = parseUntrustedJson(new TextDecoder().decode(bytes));
  if (!json.ok) throw new CliError('cli.errors.badJson', { path, details: describeIssues([json.issue]) });
  const value = json.value as { format?: unknown };
  if (value && typeof value === 'object' && value.format === TEMPLATE_FORMAT) {
    const result = validateTemplate(value, (id) => getPreset(id));
    if (!result.ok) throw new CliError('cli.errors.badTemplate', { path, details: describeIssues(result.issues) });
    const { template } = result;
    const design = language ? { ...template.design, name: template.name[language] || template.design.name } : template.design;
    return { design, assets: sampleAssets(design), kind: 'template', presetId: template.presetId };
  }
  const migrated = migrate(value);
  if (!migrated.ok) throw new CliError('cli.errors.badDesign', { path, details: describeIssues(migrated.issues) });
  return { design: migrated.design, assets: sampleAssets(migrated.design), kind: 'design-json' };
}

/** Built-in templates refer to bundled sample photos by asset id. */
function sampleAssets(design: Design): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const root = projectRoot();
  for (const id of Object.keys(design.assets)) {
    if (!isSamplePhoto(id)) continue;
    const file = join(root, 'assets', 'samples', SAMPLE_PHOTOS[id].file);
    if (existsSync(file)) out.set(id, new Uint8Array(readFileSync(file)));
  }
  return out;
}
