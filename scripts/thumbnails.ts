// Renders every built-in template to templates/thumbnails/<id>.png (at most 480 px wide), and a
// Spanish one to templates/thumbnails/<id>.es.png, with the same scene code the app exports with.
// Run: npx tsx scripts/thumbnails.ts [template-id ...]
import { readdirSync, readFileSync, mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadImage, type Image } from '@napi-rs/canvas';
import { createNodeEncoder } from '../cli/export-node';
import { DEFAULT_BRAND_KIT, kitResolvers } from '../core/brand';
import { exportDesign } from '../core/export';
import { designSizePreset } from '../core/presets';
import { isSamplePhoto, SAMPLE_PHOTOS, validateTemplate, type Template } from '../core/templates';
import { describeIssues, type Language } from '../core/model';
import { parseUntrustedJson } from '../core/model/json';

export const THUMBNAIL_MAX_WIDTH = 480;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const templatesDir = join(root, 'templates');
const outDir = join(templatesDir, 'thumbnails');

export function loadBuiltInTemplates(dir = templatesDir): Template[] {
  const out: Template[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const parsed = parseUntrustedJson(readFileSync(join(dir, file), 'utf8'));
    if (!parsed.ok) throw new Error(`${file}: ${parsed.issue.message}`);
    const result = validateTemplate(parsed.value);
    if (!result.ok) throw new Error(`${file}: ${describeIssues(result.issues)}`);
    out.push(result.template);
  }
  return out;
}

/** Decoded sample photos, keyed by asset id, for the scene context. */
export async function loadSampleImages(): Promise<Map<string, CanvasImageSource & { width: number; height: number }>> {
  const images = new Map<string, CanvasImageSource & { width: number; height: number }>();
  for (const [id, info] of Object.entries(SAMPLE_PHOTOS)) {
    if (!isSamplePhoto(id)) continue;
    const image = await loadImage(join(root, 'assets', 'samples', info.file));
    images.set(id, image as unknown as CanvasImageSource & { width: number; height: number });
  }
  return images;
}

/** Exports a template in one language at `pixelRatio` through the one export path; returns PNG bytes. */
export async function renderTemplatePng(template: Template, language: Language, pixelRatio: number, images?: Awaited<ReturnType<typeof loadSampleImages>>): Promise<Buffer> {
  const kit = DEFAULT_BRAND_KIT;
  const encoder = createNodeEncoder({
    images: (images ?? (await loadSampleImages())) as unknown as ReadonlyMap<string, Image>,
    ...kitResolvers(kit),
  });
  const design = { ...template.design, language };
  const result = await exportDesign(design, designSizePreset(design), { format: 'png', scale: pixelRatio }, encoder);
  return Buffer.from(result.bytes);
}

function writeAtomic(path: string, bytes: Buffer): void {
  writeFileSync(`${path}.tmp`, bytes);
  renameSync(`${path}.tmp`, path);
}

async function main(ids: string[]): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const images = await loadSampleImages();
  const templates = loadBuiltInTemplates().filter((t) => ids.length === 0 || ids.includes(t.id));
  for (const template of templates) {
    const ratio = Math.min(1, THUMBNAIL_MAX_WIDTH / template.design.width);
    writeAtomic(join(outDir, `${template.id}.png`), await renderTemplatePng(template, 'en', ratio, images));
    writeAtomic(join(outDir, `${template.id}.es.png`), await renderTemplatePng(template, 'es', ratio, images));
  }
  console.log(`rendered ${templates.length} templates into ${outDir}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
