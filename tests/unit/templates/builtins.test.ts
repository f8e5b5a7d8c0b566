// Every built-in template: valid, complete in both languages, laid out so no text is cut off
// or outside the canvas, readable (WCAG AA against the pixels behind it), and renderable.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { installNodeCanvas } from '../../../cli/konva-node';
import { createNodeMeasurer } from '../../../cli/fonts-node';
import { DEFAULT_BRAND_KIT, missingTokens, paletteOf, resolveColor, resolveFontFamily } from '../../../core/brand';
import { fitTextElement, type Measure } from '../../../core/layout/text-fit';
import { checkTextContrast } from '../../../core/layout/contrast';
import { checkSafeZones } from '../../../core/layout/safe-zones';
import { getPreset } from '../../../core/presets';
import { LANGUAGES, altPatternTokens, migrate, walkElements, type Design, type TextElement } from '../../../core/model';
import { makeColorResolver } from '../../../core/scene';
import { renderDesignToCanvas } from '../../../core/scene/builder';
import { TEMPLATE_CATEGORIES, fillInProblems, prepareDesignForRender, withOrigin, slotsOf, untranslatedSlots, validateTemplate, type Template } from '../../../core/templates';
import { loadBuiltInTemplates, loadSampleImages, renderTemplatePng } from '../../../scripts/thumbnails';

const dir = join(__dirname, '..', '..', '..', 'templates');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const presetSize = (id: string) => getPreset(id);
let templates: Template[];
let measure: Measure;
let images: Awaited<ReturnType<typeof loadSampleImages>>;

beforeAll(async () => {
  installNodeCanvas();
  measure = createNodeMeasurer();
  templates = loadBuiltInTemplates(dir);
  images = await loadSampleImages();
});

const texts = (design: Design): TextElement[] => [...walkElements(design.elements)].map((w) => w.element).filter((e): e is TextElement => e.type === 'text');

describe('built-in templates: the collection', () => {
  it('has at least 24, one per file, with unique ids matching the file names', () => {
    expect(files.length).toBeGreaterThanOrEqual(24);
    for (const file of files) {
      const json = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { id: string };
      expect(`${json.id}.json`).toBe(file);
    }
    expect(new Set(templates.map((t) => t.id)).size).toBe(files.length);
  });

  it('covers every category and the main presets', () => {
    expect(new Set(templates.map((t) => t.category))).toEqual(new Set(TEMPLATE_CATEGORIES));
    const presets = new Set(templates.map((t) => t.presetId));
    for (const id of ['facebook-post-square', 'facebook-post-landscape', 'x-post', 'instagram-portrait', 'instagram-story', 'facebook-story', 'facebook-event-cover']) {
      expect(presets, id).toContain(id);
    }
  });
});

describe.each(files)('built-in template %s', (file) => {
  const raw = () => JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown;
  const template = () => templates.find((t) => `${t.id}.json` === file)!;

  it('validates, migrates and matches its preset size', () => {
    const result = validateTemplate(raw(), presetSize);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(migrate((raw() as { design: unknown }).design).ok).toBe(true);
  });

  it('uses the default kit through tokens only', () => {
    const t = template();
    expect(t.design.brandKitId).toBe(DEFAULT_BRAND_KIT.id);
    expect(missingTokens(t.design, DEFAULT_BRAND_KIT)).toEqual([]);
    for (const el of texts(t.design)) expect(typeof el.fill, el.id).toBe('object');
    expect(typeof t.design.background.color).toBe('object');
  });

  it('has English and Spanish text for every text slot, and alt text in both', () => {
    const t = template();
    expect(slotsOf(t.design).length).toBeGreaterThan(0);
    expect(untranslatedSlots(t.design, LANGUAGES)).toEqual([]);
    for (const el of texts(t.design)) {
      expect(el.variants.en?.trim(), el.id).toBeTruthy();
      expect(el.variants.es?.trim(), el.id).toBeTruthy();
    }
    for (const slot of slotsOf(t.design)) {
      expect(slot.label.en && slot.label.es && slot.hint.en && slot.hint.es, slot.elementId).toBeTruthy();
    }
    expect(t.design.altText.en?.trim()).toBeTruthy();
    expect(t.design.altText.es?.trim()).toBeTruthy();
  });

  it('writes its alt text from its slots in both languages, and sets the rules a volunteer sees', () => {
    const t = template();
    const slotIds = new Set(slotsOf(t.design).map((s) => s.elementId));
    for (const l of LANGUAGES) {
      const pattern = t.design.altPattern?.[l] ?? '';
      expect(altPatternTokens(pattern).length, l).toBeGreaterThan(0);
      for (const id of altPatternTokens(pattern)) expect(slotIds.has(id), `${l}: {${id}}`).toBe(true);
      // Quoted words read as each language writes them: “…” in English, «…» in Spanish.
      expect(pattern, l).not.toContain('"');
      expect(pattern, l).not.toMatch(l === 'en' ? /[«»]/ : /[“”]/);
    }
    const slots = slotsOf(t.design);
    expect(slots.some((s) => s.element.slot?.required), 'a required slot').toBe(true);
    for (const s of slots) if (s.kind === 'text') expect(s.element.slot?.maxChars, s.elementId).toBeGreaterThan(0);
    for (const s of slots) if (s.kind === 'photo') expect(s.element.slot?.mustReplace, s.elementId).toBe(true);
    // Opened as it ships, its samples are within their own limits and only the sample alt text (and placeholders) stop an export.
    const opened = withOrigin(t.design, t, false);
    const problems = fillInProblems(opened, LANGUAGES);
    expect(problems.filter((p) => p.code === 'too-long' || p.code === 'required' || p.code === 'sample-language')).toEqual([]);
    expect(problems.filter((p) => p.code === 'alt-sample').map((p) => p.language)).toEqual(['en', 'es']);
  });

  it('keeps every text box inside the canvas and inside the preset safe area', () => {
    const t = template();
    for (const el of texts(t.design)) {
      const margin = el.strokeWidth;
      expect(el.x - margin, el.id).toBeGreaterThanOrEqual(0);
      expect(el.y - margin, el.id).toBeGreaterThanOrEqual(0);
      expect(el.x + el.width + margin, el.id).toBeLessThanOrEqual(t.design.width);
      expect(el.y + el.height + margin, el.id).toBeLessThanOrEqual(t.design.height);
    }
    const warnings = checkSafeZones(t.design, getPreset(t.presetId)!).filter((w) => w.elementType === 'text');
    expect(warnings.map((w) => w.message)).toEqual([]);
  });

  it.each(LANGUAGES)('fits all text at its designed size in %s, with whole words and unbroken numbers', (language) => {
    const t = template();
    for (const el of texts(t.design)) {
      const resolveFamily = (f: string) => resolveFontFamily(f, DEFAULT_BRAND_KIT);
      // Room to spare: the text fits without shrinking, so fit mode never has to kick in.
      const fit = fitTextElement(el, { language, measure, resolveFamily, mode: 'none' });
      const where = `${el.id} (${language}): ${fit.lines.map((l) => l.text).join(' | ')}`;
      expect(fit.overflow, where).toBe(false);
      expect(fit.lines.some((l) => l.brokeWord), where).toBe(false);
      // A phone number or date broken at its dash reads as two numbers.
      fit.lines.forEach((line, i) => {
        const next = fit.lines[i + 1];
        expect(/\d-$/.test(line.text) && next !== undefined && /^\d/.test(next.text), where).toBe(false);
      });
    }
  });

  it('meets WCAG AA contrast against the pixels behind each line', () => {
    const t = template();
    const ratio = 0.5;
    // Draw the design without its text: what each line sits on.
    const backdrop = { ...t.design, elements: t.design.elements.map((e) => (e.type === 'text' ? { ...e, visible: false } : e)) };
    const canvas = renderDesignToCanvas(backdrop, { language: 'en', color: makeColorResolver(paletteOf(DEFAULT_BRAND_KIT)), images, assets: t.design.assets }, ratio);
    const ctx = (canvas as unknown as { getContext(k: '2d'): CanvasRenderingContext2D }).getContext('2d');
    for (const language of LANGUAGES) {
      for (const el of texts(t.design)) {
        if (el.strokeWidth > 0) continue; // outlined meme text carries its own contrast
        const fit = fitTextElement(el, { language, measure, resolveFamily: (f) => resolveFontFamily(f, DEFAULT_BRAND_KIT) });
        const lineHeight = fit.fontSize * el.lineHeight;
        const top = el.verticalAlign === 'top' ? 0 : el.verticalAlign === 'middle' ? (el.height - fit.height) / 2 : el.height - fit.height;
        const fill = resolveColor(el.fill, DEFAULT_BRAND_KIT);
        fit.lines.forEach((line, i) => {
          if (!line.text.trim()) return;
          const left = el.align === 'left' ? 0 : el.align === 'center' ? (el.width - line.width) / 2 : el.width - line.width;
          const x = Math.round((el.x + left) * ratio);
          const y = Math.round((el.y + top + i * lineHeight) * ratio);
          const w = Math.max(1, Math.round(line.width * ratio));
          const h = Math.max(1, Math.round(lineHeight * ratio));
          const pixels = ctx.getImageData(x, y, w, h).data;
          const result = checkTextContrast(fill, pixels, fit.fontSize, el.fontWeight === 'bold');
          expect(result.passes, `${el.id} (${language}) "${line.text}": ${result.ratio.toFixed(2)} < ${result.required}`).toBe(true);
        });
      }
    }
  });

  it('renders in both languages, differently, with real pixels', async () => {
    const t = template();
    const en = PNG.sync.read(await renderTemplatePng(t, 'en', 0.25, images));
    const es = PNG.sync.read(await renderTemplatePng(t, 'es', 0.25, images));
    // Exports round the pixel size (a 5.5 in handout is 825 px: 206.25 at 0.25x draws 206).
    expect(en.width).toBe(Math.round(t.design.width * 0.25));
    expect(Buffer.compare(en.data, es.data)).not.toBe(0);
    const colors = new Set<number>();
    for (let i = 0; i < en.data.length; i += 4 * 7) colors.add(en.data.readUInt32BE(i));
    expect(colors.size).toBeGreaterThan(4);
  });

  it('has generated thumbnails', () => {
    const t = template();
    for (const name of [`${t.id}.png`, `${t.id}.es.png`]) {
      const path = join(dir, 'thumbnails', name);
      expect(existsSync(path), name).toBe(true);
      expect(PNG.sync.read(readFileSync(path)).width).toBeLessThanOrEqual(480);
    }
  });

  it('draws with fitted sizes that never exceed the designed ones', () => {
    const t = template();
    for (const language of LANGUAGES) {
      const drawn = prepareDesignForRender(t.design, { kit: DEFAULT_BRAND_KIT, language, measure });
      const before = new Map(texts(t.design).map((e) => [e.id, e]));
      for (const el of texts(drawn)) {
        expect(el.fontSize).toBeLessThanOrEqual(before.get(el.id)!.fontSize);
        expect(el.fontFamily.startsWith('brand.')).toBe(false);
      }
    }
  });
});
