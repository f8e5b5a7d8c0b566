// `placard check-sizes FILE [--preset ID ...]`: adapts a design to each size exactly as the app
// and `placard render` do, scores each with core/layout/size-quality and prints what broke.
// Exit 1 when any size has a problem, so scripts and CI can gate on it.
import { DEFAULT_BRAND_KIT, resolveFontFamily } from '../../core/brand';
import { adaptToPreset } from '../../core/export/pipeline';
import { checkAdaptedSize, type SizeQuality } from '../../core/layout/size-quality';
import { getPreset, PRESETS, type Preset } from '../../core/presets';
import { createSceneContext } from '../../core/scene';
import { UsageError, type OptionSpec, type ParsedArgs } from '../args';
import { createNodeMeasurer, registerBundledFonts } from '../fonts-node';
import type { Translate } from '../i18n';
import { loadDesign } from '../load';
import type { Design } from '../../core/model';

export const CHECK_SIZES_OPTIONS: Record<string, OptionSpec> = { preset: { kind: 'list' } };

/** Every chosen size of `design`, adapted and scored (text measured with the bundled fonts). */
export function checkSizes(design: Design, presets: readonly Preset[]): SizeQuality[] {
  registerBundledFonts();
  const ctx = createSceneContext({ language: design.language, assets: design.assets, images: new Map(), measure: createNodeMeasurer(), fontFamily: (family) => resolveFontFamily(family, DEFAULT_BRAND_KIT) });
  return presets.map((preset) => checkAdaptedSize(design, adaptToPreset(design, preset, ctx), preset));
}

export function runCheckSizes(args: ParsedArgs, t: Translate, log: (line: string) => void): number {
  const input = args.positionals[0];
  if (!input) throw new UsageError('cli.errors.checkSizesNeedsInput');
  if (args.positionals.length > 1) throw new UsageError('cli.errors.extraArguments', { args: args.positionals.slice(1).join(' ') });
  const ids = args.lists.get('preset') ?? [];
  const presets = ids.length
    ? ids.map((id) => {
        const preset = getPreset(id);
        if (!preset) throw new UsageError('cli.errors.unknownPreset', { preset: id });
        return preset;
      })
    : [...PRESETS];
  const { design } = loadDesign(input);
  const results = checkSizes(design, presets);
  const width = Math.max(...presets.map((p) => p.id.length));
  let bad = 0;
  for (const [i, result] of results.entries()) {
    const preset = presets[i]!;
    const head = `  ${preset.id.padEnd(width)}  ${`${preset.width}×${preset.height}`.padEnd(9)}`;
    if (!result.issues.length) {
      log(`${head}  ${t('cli.checkSizes.ok')}`);
      continue;
    }
    bad++;
    log(`${head}  ${t('cli.checkSizes.score', { score: result.score, count: result.issues.length })}`);
    for (const issue of result.issues) log(`      ${t(`cli.checkSizes.${issue.code}`, issue.params)}`);
  }
  log(bad ? t('cli.checkSizes.summaryBad', { bad, total: results.length }) : t('cli.checkSizes.summaryOk', { total: results.length }));
  return bad ? 1 : 0;
}
