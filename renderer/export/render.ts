// Renders the current design with core/scene (the same mapping the editor uses) and encodes it.
import { renderDesignToCanvas } from '../../core/scene';
import { resolveFontFamily } from '../../core/brand';
import { currentDesignKit } from '../state/library-store';
import { sceneContextFor } from './scene-context';
import type { Design } from '../../core/model';
import type { ExportMime } from '../../core/api';
import { walkElements } from '../../core/model';
import { fontFamilyOf, fontStyleOf } from '../../core/scene';

/** Waits until every font the design uses is loaded, so exports never fall back mid-render. */
export async function loadDesignFonts(design: Design): Promise<void> {
  const wanted = new Set<string>();
  const kit = currentDesignKit(design.brandKitId);
  for (const { element } of walkElements(design.elements)) {
    if (element.type === 'text') wanted.add(`${fontStyleOf(element)} 32px ${fontFamilyOf(resolveFontFamily(element.fontFamily, kit))}`);
  }
  await Promise.all([...wanted].map((font) => document.fonts.load(font).catch(() => [])));
}

export async function renderDesignBytes(
  design: Design,
  images: ReadonlyMap<string, HTMLImageElement>,
  options: { mime: ExportMime; pixelRatio?: number; quality?: number } = { mime: 'image/png' },
): Promise<Uint8Array<ArrayBuffer>> {
  await loadDesignFonts(design);
  const canvas = renderDesignToCanvas(
    design,
    sceneContextFor(design, images),
    options.pixelRatio ?? 1,
  );
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, options.mime, options.quality));
  if (!blob) throw Object.assign(new Error('the browser could not encode the image'), { code: 'export.encode-failed' });
  return new Uint8Array(await blob.arrayBuffer());
}

export function safeFileStem(name: string, fallback: string): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9 _-]+/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return stem || fallback;
}
