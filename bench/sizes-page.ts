// The in-page half of bench/sizes.bench.ts, bundled with esbuild and run in Chromium, where the
// overview really draws: every preset adapted, scored and drawn small (as renderer/export/
// size-thumbs.ts does), against the template drawn as many times at its own size, as small.
import { DEFAULT_BRAND_KIT, paletteOf, resolveFontFamily } from '../core/brand';
import { adaptToPreset } from '../core/export';
import { checkAdaptedSize } from '../core/layout/size-quality';
import { createContextMeasurer } from '../core/layout/text-fit';
import type { Design } from '../core/model';
import { PRESETS } from '../core/presets';
import { createSceneContext, fontFamilyOf, makeColorResolver, type SceneContext } from '../core/scene';
import { renderDesignToCanvas } from '../core/scene/builder';
import { validateTemplate } from '../core/templates';

export async function runSizesBench(templateJson: unknown, fonts: { family: string; weight: string; url: string }[], longSide: number, runs: number): Promise<{ totals: number[]; bases: number[] }> {
  for (const f of fonts) document.fonts.add(await new FontFace(f.family, `url(${f.url})`, { weight: f.weight }).load());
  const result = validateTemplate(templateJson);
  if (!result.ok) throw new Error('template invalid');
  const design: Design = result.template.design;
  const ctx: SceneContext = createSceneContext({
    language: design.language,
    assets: design.assets,
    images: new Map(),
    measure: createContextMeasurer(document.createElement('canvas').getContext('2d')!, fontFamilyOf),
    fontFamily: (family) => resolveFontFamily(family, DEFAULT_BRAND_KIT),
    color: makeColorResolver(paletteOf(DEFAULT_BRAND_KIT)),
  });
  const overview = () => {
    for (const preset of PRESETS) {
      const view = adaptToPreset(design, preset, ctx);
      checkAdaptedSize(design, view, preset);
      renderDesignToCanvas(view, ctx, longSide / Math.max(view.width, view.height));
    }
  };
  const own = () => {
    for (let i = 0; i < PRESETS.length; i++) renderDesignToCanvas(design, ctx, longSide / Math.max(design.width, design.height));
  };
  const timed = (work: () => void) => {
    const t = performance.now();
    work();
    return performance.now() - t;
  };
  for (let i = 0; i < 2; i++) {
    overview();
    own();
  }
  const totals: number[] = [];
  const bases: number[] = [];
  for (let r = 0; r < runs; r++) {
    totals.push(timed(overview));
    bases.push(timed(own));
  }
  return { totals, bases };
}

(globalThis as unknown as { __sizesBench: typeof runSizesBench }).__sizesBench = runSizesBench;
