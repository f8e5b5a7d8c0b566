#!/usr/bin/env node
// `placard`: render designs and templates to platform-sized images, batch from CSV, list presets,
// validate files, check how a design adapts to every size. Messages follow --lang / PLACARD_LANG / LANG (English or Spanish).
import { parseArgs, UsageError, type OptionSpec } from './args';
import { detectLanguage, translator, type CliLanguage } from './i18n';
import { CliError } from './load';
import { CsvError } from '../core/bulk';
import { RENDER_OPTIONS, runRender } from './commands/render';
import { runPresets, runValidate } from './commands/info';
import { CHECK_SIZES_OPTIONS, runCheckSizes } from './commands/check-sizes';
import { PACK_OPTIONS, runPack } from './commands/pack';

const GLOBAL_OPTIONS: Record<string, OptionSpec> = { help: { kind: 'flag' }, 'ui-lang': { kind: 'value' } };

export async function main(argv: readonly string[], out: (line: string) => void = console.log, err: (line: string) => void = console.error): Promise<number> {
  const uiLangArg = argv.find((a) => a.startsWith('--ui-lang='))?.slice('--ui-lang='.length);
  const language: CliLanguage = uiLangArg === 'es' || uiLangArg === 'en' ? uiLangArg : detectLanguage();
  const t = translator(language);
  const [command, ...rest] = argv.filter((a) => !a.startsWith('--ui-lang='));
  try {
    switch (command) {
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        out(t('cli.usage'));
        return command === undefined ? 2 : 0;
      case 'render':
        return await runRender(parseArgs(rest, { ...GLOBAL_OPTIONS, ...RENDER_OPTIONS }), t, out, { language });
      case 'batch':
        return await runRender(parseArgs(rest, { ...GLOBAL_OPTIONS, ...RENDER_OPTIONS }), t, out, { batch: true, language });
      case 'presets':
        parseArgs(rest, GLOBAL_OPTIONS);
        return runPresets(t, out);
      case 'validate':
        return runValidate(parseArgs(rest, GLOBAL_OPTIONS), t, out);
      case 'pack': {
        const [sub, ...restPack] = rest;
        return await runPack(sub, parseArgs(restPack, { ...GLOBAL_OPTIONS, ...PACK_OPTIONS }), t, out);
      }
      case 'check-sizes':
        return runCheckSizes(parseArgs(rest, { ...GLOBAL_OPTIONS, ...CHECK_SIZES_OPTIONS }), t, out);
      default:
        throw new UsageError('cli.errors.unknownCommand', { command });
    }
  } catch (e) {
    if (e instanceof UsageError) {
      err(t(e.key, e.params));
      err(t('cli.seeHelp'));
      return 2;
    }
    if (e instanceof CsvError) {
      err(t(`cli.errors.${e.code}`, e.params));
      return 1;
    }
    if (e instanceof CliError) {
      err(t(e.key, e.params));
      return 1;
    }
    // An error the file and export services name (a write that failed...) reads as the app says it.
    const known = knownError(e, t);
    if (known) {
      err(known);
      return 1;
    }
    err(t('cli.errors.unexpected', { message: e instanceof Error ? e.message : String(e) }));
    return 1;
  }
}

/** The message for an error with a code the catalogs know (errors.<code>), or null. */
function knownError(e: unknown, t: (key: string, params?: Record<string, string | number>) => string): string | null {
  const { code, params } = (e ?? {}) as { code?: unknown; params?: Record<string, string | number> };
  if (typeof code !== 'string') return null;
  const key = `errors.${code}`;
  const said = t(key, params ?? {});
  return said === key ? null : said;
}

// Run when executed directly (bundled to dist/cli/placard.cjs or via tsx), not when imported by tests.
const invokedDirectly = typeof process !== 'undefined' && process.argv[1] !== undefined && /placard(\.cjs|\.ts|\.js)?$/.test(process.argv[1]);
if (invokedDirectly) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
