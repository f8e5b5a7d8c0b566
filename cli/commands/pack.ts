// `placard pack create|inspect|validate`: a .placardpack built from template and brand-kit files
// exactly as the app exports one (core/bundle writePack, refused when it would not import), read
// back to list what it holds, or checked like `placard validate`.
import { resolve } from 'node:path';
import { brandKitSchema, type BrandKit } from '../../core/brand';
import { BundleError, readPack, writePack } from '../../core/bundle';
import { describeIssues, zodIssues } from '../../core/model';
import { parseUntrustedJson } from '../../core/model/json';
import { getPreset } from '../../core/presets';
import { validateTemplate, type Template } from '../../core/templates';
import { writeFileAtomic } from '../../electron/services/atomic-write';
import { UsageError, type OptionSpec, type ParsedArgs } from '../args';
import type { Translate } from '../i18n';
import { CliError, loadDesign, readInput } from '../load';
import { runValidate } from './info';

export const PACK_OPTIONS: Record<string, OptionSpec> = {
  id: { kind: 'value' },
  name: { kind: 'value' },
  version: { kind: 'value' },
  author: { kind: 'value' },
  description: { kind: 'value' },
  license: { kind: 'value' },
  kit: { kind: 'list' },
  out: { kind: 'value' },
};

function readJson(path: string): unknown {
  const json = parseUntrustedJson(new TextDecoder().decode(readInput(path)));
  if (!json.ok) throw new CliError('cli.errors.badJson', { path, details: describeIssues([json.issue]) });
  return json.value;
}

function readTemplate(path: string): { template: Template; assets: Map<string, Uint8Array> } {
  const result = validateTemplate(readJson(path), (id) => getPreset(id));
  if (!result.ok) throw new CliError('cli.errors.badTemplate', { path, details: describeIssues(result.issues) });
  // The bundled sample photos a built-in template uses travel inside the pack.
  return { template: result.template, assets: loadDesign(path).assets };
}

export function readKit(path: string): BrandKit {
  const parsed = brandKitSchema.safeParse(readJson(path));
  if (!parsed.success) throw new CliError('cli.pack.badKit', { path, details: describeIssues(zodIssues(parsed.error)) });
  return parsed.data;
}

async function create(args: ParsedArgs, t: Translate, log: (line: string) => void): Promise<number> {
  const out = args.values.get('out');
  if (!out) throw new UsageError('cli.pack.needsOut');
  const id = args.values.get('id');
  const name = args.values.get('name');
  if (!id || !name) throw new UsageError('cli.pack.needsIdName');
  const templates = args.positionals.map(readTemplate);
  const kits = (args.lists.get('kit') ?? []).map(readKit);
  if (!templates.length && !kits.length) throw new UsageError('cli.pack.noContent');
  const assets = new Map<string, Uint8Array>();
  for (const t of templates) for (const [k, v] of t.assets) assets.set(k, v);
  let bytes: Uint8Array;
  try {
    bytes = writePack({
      manifest: { id, name, version: args.values.get('version') ?? '1.0.0', author: args.values.get('author') ?? '', description: args.values.get('description') ?? '', license: args.values.get('license') ?? '' },
      templates: templates.map((x) => x.template),
      brandKits: kits,
      assets,
      fonts: new Map(),
    });
  } catch (e) {
    if (e instanceof BundleError) throw new CliError('cli.pack.notWritten', { code: e.issue.code, details: e.issue.message });
    throw e;
  }
  const file = resolve(out);
  await writeFileAtomic(file, bytes);
  log(t('cli.pack.wrote', { file, templates: templates.length, kits: kits.length, kb: Math.round(bytes.length / 1024) }));
  return 0;
}

function inspect(args: ParsedArgs, t: Translate, log: (line: string) => void): number {
  const file = args.positionals[0];
  if (!file || args.positionals.length > 1) throw new UsageError('cli.pack.inspectNeedsFile');
  const pack = readPack(readInput(file));
  if (!pack.ok) throw new CliError('cli.errors.badPack', { path: file, code: pack.error.code, details: pack.error.message });
  const { manifest: m, templates, brandKits, assets, fonts } = pack.value;
  log(t('cli.pack.header', { name: m.name, id: m.id, version: m.version, author: m.author || '—', license: m.license || '—' }));
  for (const tpl of templates.values()) log(t('cli.pack.template', { id: tpl.id, en: tpl.name.en, es: tpl.name.es ?? tpl.name.en, preset: tpl.presetId }));
  for (const kit of brandKits.values()) log(t('cli.pack.kit', { id: kit.id, name: kit.name }));
  log(t('cli.pack.counts', { assets: assets.size, fonts: fonts.size }));
  return 0;
}

export async function runPack(sub: string | undefined, args: ParsedArgs, t: Translate, log: (line: string) => void): Promise<number> {
  switch (sub) {
    case 'create':
      return create(args, t, log);
    case 'inspect':
      return inspect(args, t, log);
    case 'validate':
      if (!args.positionals.length) throw new UsageError('cli.pack.inspectNeedsFile');
      return runValidate(args, t, log);
    default:
      throw new UsageError('cli.pack.unknownSub', { sub: sub ?? '' });
  }
}
