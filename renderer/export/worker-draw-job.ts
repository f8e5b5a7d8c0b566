// What an export worker needs to draw a design as the page would: the images its image elements
// show and the faces the page has loaded. A raster image goes over once per worker, as the source
// the page would draw at this size (the editing proxy of a large photo when it has the pixels,
// else the original); an SVG is rasterized at the pixels it covers in this drawing (a worker
// cannot decode SVG, and a bitmap at the SVG's own small size would blur when scaled up).
import type { BrandKit } from '../../core/brand';
import type { Design } from '../../core/model';
import type { ImageElement } from '../../core/model/schema';
import { walkElements } from '../../core/model/tree';
import type { SceneContext } from '../../core/scene';
import { cropFitRects } from '../../core/scene/crop-fit';
import { naturalSize, pickImageSource, type Drawable } from '../../core/scene/image-draw';
import { loadedFaces, type FaceSource } from '../fonts/face-sources';

/** An SVG is never rasterized wider than this for a worker (the page would draw it vector). */
const MAX_SVG_RASTER = 8192;

export interface DrawJobImage {
  asset: string;
  /** The page's decoded image: a worker keeps one bitmap per source and variant. */
  source: object;
  /** 'full' for raster images, the raster width for SVGs. */
  variant: string;
  bitmap(): Promise<ImageBitmap>;
}

export interface DrawJob {
  design: Design;
  width: number;
  height: number;
  pixelRatio: number;
  kit: BrandKit | null;
  images: DrawJobImage[];
  faces: { face: FontFace; source: FaceSource }[];
}

function isSvg(source: Drawable, mime: string | undefined): boolean {
  if (mime === 'image/svg+xml') return true;
  return typeof HTMLImageElement !== 'undefined' && source instanceof HTMLImageElement && /^data:image\/svg|\.svg(?:$|[?#])/i.test(source.currentSrc || source.src);
}

/** The images `design` draws at `pixelRatio`, each with how a worker gets its bitmap. */
export function jobImages(design: Design, ctx: Pick<SceneContext, 'images' | 'assets' | 'imageProxies'>, pixelRatio: number): DrawJobImage[] {
  const svgWidths = new Map<string, number>();
  // Device pixels across each raster image's whole width at its largest use.
  const rasterWidths = new Map<string, number>();
  for (const { element } of walkElements(design.elements)) {
    if (element.type !== 'image') continue;
    const el = element as ImageElement;
    const source = ctx.images.get(el.assetId);
    if (!source) continue;
    const full = naturalSize(source);
    if (!(full.width > 0 && full.height > 0)) continue;
    const r = cropFitRects(el.fit, el.crop, { width: el.width, height: el.height }, full);
    if (!isSvg(source, ctx.assets[el.assetId]?.mime)) {
      // As drawImageElement measures it for choosing between the proxy and the original.
      const across = (r.dw * pixelRatio * full.width) / Math.max(1e-6, r.sw);
      rasterWidths.set(el.assetId, Math.max(rasterWidths.get(el.assetId) ?? 0, across));
      continue;
    }
    // Device pixels across the whole SVG at the larger of its two scales (stretched ones differ).
    const k = Math.max((r.dw * pixelRatio) / Math.max(1e-6, r.sw), (r.dh * pixelRatio) / Math.max(1e-6, r.sh));
    svgWidths.set(el.assetId, Math.max(svgWidths.get(el.assetId) ?? 0, full.width * k));
  }
  const out: DrawJobImage[] = [];
  for (const [asset, across] of rasterWidths) {
    const source = pickImageSource(ctx.images.get(asset)!, across, ctx.imageProxies);
    out.push({ asset, source, variant: 'full', bitmap: () => createImageBitmap(source) });
  }
  for (const [asset, across] of svgWidths) {
    const source = ctx.images.get(asset)!;
    const full = naturalSize(source);
    const width = Math.max(1, Math.min(MAX_SVG_RASTER, Math.ceil(across)));
    const height = Math.max(1, Math.round((width * full.height) / full.width));
    out.push({ asset, source, variant: String(width), bitmap: () => createImageBitmap(source, { resizeWidth: width, resizeHeight: height, resizeQuality: 'high' }) });
  }
  return out;
}

export function drawJob(design: Design, ctx: Pick<SceneContext, 'images' | 'assets' | 'imageProxies'>, width: number, height: number, pixelRatio: number, kit: BrandKit | null): DrawJob {
  return { design, width, height, pixelRatio, kit, images: jobImages(design, ctx, pixelRatio), faces: loadedFaces() };
}
