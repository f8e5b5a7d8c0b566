// `placard presets` lists export sizes; `placard validate` checks any Placard file and says why not.
import { extname } from 'node:path';
import { PRESETS } from '../../core/presets';
import { readPack } from '../../core/bundle';
import { UsageError, type ParsedArgs } from '../args';
import { loadDesign, readInput, CliError } from '../load';
import type { Translate } from '../i18n';

export function runPresets(t: Translate, log: (line: string) => void): number {
  const mb = (bytes: number) => (bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(bytes % 1_000_000 ? 1 : 0)} MB` : `${Math.round(bytes / 1000)} KB`);
  const rows = PRESETS.map((p) => [p.id, `${p.width}x${p.height}`, mb(p.byteLimit), p.formats.join('/')]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  log(t('cli.presets.header'));
  for (const r of rows) log(`  ${r[0]!.padEnd(widths[0]!)}  ${r[1]!.padEnd(widths[1]!)}  ${r[2]!.padEnd(widths[2]!)}  ${r[3]}`);
  return 0;
}

export function runValidate(args: ParsedArgs, t: Translate, log: (line: string) => void): number {
  const files = args.positionals;
  if (files.length === 0) throw new UsageError('cli.errors.validateNeedsInput');
  let bad = 0;
  for (const file of files) {
    try {
      if (extname(file).toLowerCase() === '.placardpack') {
        const pack = readPack(readInput(file));
        if (!pack.ok) throw new CliError('cli.errors.badPack', { path: file, code: pack.error.code, details: pack.error.message });
        const m = pack.value.manifest;
        log(t('cli.validate.packOk', { path: file, name: m.name, version: m.version, templates: pack.value.templates.size }));
      } else {
        const loaded = loadDesign(file);
        log(t('cli.validate.designOk', { path: file, width: loaded.design.width, height: loaded.design.height, elements: loaded.design.elements.length }));
      }
    } catch (err) {
      if (!(err instanceof CliError)) throw err;
      bad++;
      log(t(err.key, err.params));
    }
  }
  return bad ? 1 : 0;
}
