// Benchmark (issue 13): the all-sizes overview's work for one built-in template, in Chromium
// where the overview draws (bench/sizes-page.ts, bundled with esbuild): for every one of the 23
// presets, adapt the design exactly as it exports (core/export adaptToPreset: placement, text
// floor and re-fit), score it (core/layout/size-quality) and draw it at the overview's thumbnail
// resolution (longer side 220 px), as renderer/export/size-thumbs.ts does. The baseline draws the
// same template 23 times at its own size, at the same thumbnail resolution, with the same scene
// context, in the same page. Prints one line on stdout:
//   BENCH sizes <overview ms> ms ratio=<overview/baseline> vs=<baseline ms>
// Medians of 25 runs after warm-ups; the ratio is the median of per-run ratios. On stderr: the
// same measure in Node (Konva on @napi-rs/canvas, as the CLI draws), every built-in template
// there, and the template drawn with its text at 23 font sizes (where Node's extra time goes).
// Target: ratio at most 1.5.
import { performance } from 'node:perf_hooks';
import { installNodeCanvas } from '../cli/konva-node';
import { createNodeMeasurer, registerBundledFonts } from '../cli/fonts-node';
import { DEFAULT_BRAND_KIT, paletteOf, resolveFontFamily } from '../core/brand';
import { adaptToPreset } from '../core/export';
import { checkAdaptedSize } from '../core/layout/size-quality';
import type { Design } from '../core/model';
import { PRESETS } from '../core/presets';
import { createSceneContext, makeColorResolver, type SceneContext } from '../core/scene';
import { renderDesignToCanvas } from '../core/scene/builder';
import type { Template } from '../core/templates';
import { loadBuiltInTemplates, loadSampleImages } from '../scripts/thumbnails';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/harness/app';

const require = createRequire(import.meta.url);
const PAGE_RUNS = 25;

/** The overview and its baseline in Chromium: per-run totals in ms. */
async function inChromium(): Promise<{ totals: number[]; bases: number[] }> {
  const out = await build({ entryPoints: [fileURLToPath(new URL('./sizes-page.ts', import.meta.url))], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'chrome120', logLevel: 'warning' });
  const font = (pkg: string, file: string) => `data:font/woff2;base64,${readFileSync(require.resolve(`@fontsource/${pkg}/files/${file}`)).toString('base64')}`;
  const fonts = [
    { family: 'Anton', weight: '400', url: font('anton', 'anton-latin-400-normal.woff2') },
    { family: 'Inter', weight: '400', url: font('inter', 'inter-latin-400-normal.woff2') },
    { family: 'Inter', weight: '700', url: font('inter', 'inter-latin-700-normal.woff2') },
  ];
  const template = JSON.parse(readFileSync(new URL(`../templates/${TEMPLATE}.json`, import.meta.url), 'utf8')) as unknown;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 1 });
    await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
    await page.addScriptTag({ content: out.outputFiles[0]!.text });
    return await page.evaluate(
      ([t, f, l, r]) => (globalThis as unknown as { __sizesBench(t: unknown, f: unknown, l: number, r: number): Promise<{ totals: number[]; bases: number[] }> }).__sizesBench(t, f, l, r),
      [template, fonts, LONG_SIDE, PAGE_RUNS] as const,
    );
  } finally {
    await browser.close();
  }
}

const TEMPLATE = 'announce-contract-win';
const LONG_SIDE = 220;
const RUNS = 9;
const WARM_UP = 2;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function contextFor(design: Design, images: SceneContext['images']): SceneContext {
  return createSceneContext({
    language: design.language,
    assets: design.assets,
    images,
    measure: createNodeMeasurer(),
    fontFamily: (family) => resolveFontFamily(family, DEFAULT_BRAND_KIT),
    color: makeColorResolver(paletteOf(DEFAULT_BRAND_KIT)),
  });
}

/** What the overview does: every preset adapted, scored and drawn small. */
function overview(design: Design, ctx: SceneContext): number {
  let checks = 0;
  for (const preset of PRESETS) {
    const view = adaptToPreset(design, preset, ctx);
    checks += checkAdaptedSize(design, view, preset).issues.length;
    renderDesignToCanvas(view, ctx, LONG_SIDE / Math.max(view.width, view.height));
  }
  return checks;
}

/** The baseline: the design at its own size, drawn as many times, as small. */
function ownSize(design: Design, ctx: SceneContext): void {
  for (let i = 0; i < PRESETS.length; i++) renderDesignToCanvas(design, ctx, LONG_SIDE / Math.max(design.width, design.height));
}

function timed(work: () => unknown): number {
  const t0 = performance.now();
  work();
  return performance.now() - t0;
}

async function main(): Promise<void> {
  installNodeCanvas();
  registerBundledFonts();
  const images = (await loadSampleImages()) as unknown as SceneContext['images'];
  const templates = loadBuiltInTemplates();
  const template = templates.find((t: Template) => t.id === TEMPLATE)!;
  const design = template.design;
  const ctx = contextFor(design, images);
  for (let i = 0; i < WARM_UP; i++) {
    overview(design, ctx);
    ownSize(design, ctx);
  }
  const totals: number[] = [];
  const bases: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const total = timed(() => overview(design, ctx));
    const base = timed(() => ownSize(design, ctx));
    totals.push(total);
    bases.push(base);
    ratios.push(total / base);
    console.error(`Node run ${r + 1}: overview ${total.toFixed(1)} ms, own size x${PRESETS.length} ${base.toFixed(1)} ms, ratio ${(total / base).toFixed(2)}`);
  }
  for (const t of templates) {
    const c = contextFor(t.design, images);
    overview(t.design, c);
    ownSize(t.design, c);
    const total = timed(() => overview(t.design, c));
    const base = timed(() => ownSize(t.design, c));
    console.error(`  ${t.id.padEnd(28)} overview ${total.toFixed(1).padStart(7)} ms  own size ${base.toFixed(1).padStart(7)} ms  ratio ${(total / base).toFixed(2)}`);
  }
  // Where the difference goes: the same design drawn 23 times with its text at 23 font sizes
  // (what the sizes do to text), without any adaptation.
  const variants = PRESETS.map((_, i) => ({ ...design, elements: design.elements.map((e) => (e.type === 'text' ? { ...e, fontSize: e.fontSize * (0.8 + i * 0.02) } : e)) }));
  const variantTimes: number[] = [];
  for (let r = 0; r < 5; r++) variantTimes.push(timed(() => variants.forEach((v) => renderDesignToCanvas(v, ctx, LONG_SIDE / Math.max(v.width, v.height)))));
  console.error(`own size with its text at ${PRESETS.length} font sizes, no adaptation: ${median(variantTimes).toFixed(1)} ms`);
  console.error(`Node: overview ${median(totals).toFixed(1)} ms, own size ${median(bases).toFixed(1)} ms, ratio ${median(ratios).toFixed(2)}`);
  const page = await inChromium();
  const pageRatios = page.totals.map((t, i) => t / page.bases[i]!);
  console.error(`Chromium runs: overview ${page.totals.map((n) => n.toFixed(0)).join(', ')} ms; own size ${page.bases.map((n) => n.toFixed(0)).join(', ')} ms`);
  console.log(`BENCH sizes ${median(page.totals).toFixed(1)} ms ratio=${median(pageRatios).toFixed(2)} vs=${median(page.bases).toFixed(1)}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
