// exportDesign: adapt the design to a preset, draw it, encode it, and fit the byte limit by
// sensible steps (PNG -> lossy, lower quality, then fewer pixels), reporting each attempt.
import type { Design } from '../model/schema';
import { resolvePresetSize } from '../presets/size';
import type { Preset } from '../presets/types';
import { stripMetadata } from './metadata';
import { adaptToPreset } from './adapt-to-preset';
import {
  EXTENSION_OF,
  ExportError,
  MIME_OF,
  type CanvasLike,
  type EncodeFormat,
  type Encoder,
  type ExportOptions,
  type ExportResult,
  type ReductionKind,
  type ReductionStep,
} from './types';

export const QUALITY_STEPS: readonly number[] = [0.92, 0.85, 0.75, 0.65, 0.55];
export const DEFAULT_QUALITY = 0.92;
/** Scale steps go down by this much each time, until the preset's minimum. */
const SCALE_STEP = 0.1;
/** A prediction this far over the limit is not worth an encode. */
const PREDICTION_SLACK = 1.15;

export type ExportPipelineOptions = ExportOptions;

export { adaptToPreset };

function badOptions(message: string, params: Record<string, string | number>): never {
  throw new ExportError('export.bad-options', message, params);
}

function checkOptions(o: ExportOptions): { quality: number; scale: number } {
  if (!['png', 'jpeg', 'webp'].includes(o.format)) badOptions(`unknown export format "${String(o.format)}"`, { format: String(o.format) });
  const quality = o.quality ?? DEFAULT_QUALITY;
  if (!Number.isFinite(quality) || quality <= 0 || quality > 1) badOptions(`quality must be above 0 and at most 1, got ${quality}`, { quality });
  const scale = o.scale ?? 1;
  // Thumbnails of print sizes (a 22 x 28 in sign is 3300 px wide) draw well below 0.25.
  if (!Number.isFinite(scale) || scale < 0.05 || scale > 4) badOptions(`scale must be from 0.05 to 4, got ${scale}`, { scale });
  if (o.time !== undefined && (!Number.isFinite(o.time) || o.time < 0 || o.time > 15)) badOptions(`time must be from 0 to 15 seconds, got ${o.time}`, { time: o.time });
  return { quality, scale };
}

/** The format to start with: the asked one if the preset takes it, else the preset's first. */
function startFormat(preset: Preset, asked: EncodeFormat): EncodeFormat | null {
  if (preset.formats.includes(asked)) return asked;
  return (preset.formats.find((f) => f !== 'gif') as EncodeFormat | undefined) ?? null;
}

/** PNG over the limit becomes JPEG (or WebP when the preset takes no JPEG). */
function lossyFormat(preset: Preset, current: EncodeFormat): EncodeFormat | null {
  if (current !== 'png') return current;
  if (preset.formats.includes('jpeg')) return 'jpeg';
  if (preset.formats.includes('webp')) return 'webp';
  return null;
}

/**
 * Exports one design for one preset. Throws ExportError 'export.byte-limit-unreachable' (with the
 * steps tried) when even the smallest allowed size at the lowest quality step is too large, and
 * 'export.cancelled' when `options.signal` is aborted between encodes.
 */
export async function exportDesign<C extends CanvasLike>(design: Design, preset: Preset, options: ExportPipelineOptions, encoder: Encoder<C>): Promise<ExportResult> {
  const { quality: askedQuality, scale: askedScale } = checkOptions(options);
  const limit = options.target === 'soft' && preset.softByteLimit !== undefined ? preset.softByteLimit : preset.byteLimit;
  const size = resolvePresetSize(preset, design);
  // Variable presets stay within their maxima at 2x as well.
  const scaled = resolvePresetSize(preset, design, askedScale);
  const basePr = preset.variable ? Math.min(askedScale, scaled.width / size.width, scaled.height / size.height) : askedScale;
  const pixelsAt = (factor: number) => ({ width: Math.round(size.width * basePr * factor), height: Math.round(size.height * basePr * factor) });
  const base = pixelsAt(1);
  // Smallest factor allowed: the preset's minimum for fixed sizes, half the size for variable ones.
  const minFactor = Math.min(1, preset.variable ? 0.5 : Math.max(preset.minWidth / base.width, preset.minHeight / base.height));

  const first = startFormat(preset, options.format);
  if (!first) throw new ExportError('export.no-format', `preset ${preset.id} takes none of PNG, JPEG or WebP`, { preset: preset.id });

  await encoder.prepare?.(design);
  const ctx = options.time === undefined ? encoder.context(design) : { ...encoder.context(design), time: options.time };
  const adapted = adaptToPreset(design, preset, ctx);
  const steps: ReductionStep[] = [];
  const canvases = new Map<number, C>();
  let best: { bytes: Uint8Array; step: ReductionStep } | null = null;

  const canvasAt = async (factor: number): Promise<C> => {
    const cached = canvases.get(factor);
    if (cached) return cached;
    // One canvas at a time: encodes at a smaller size never need the bigger one again.
    for (const [k, c] of canvases) {
      encoder.release?.(c);
      canvases.delete(k);
    }
    const canvas = await encoder.render(adapted, size.width, size.height, basePr * factor, ctx);
    const want = pixelsAt(factor);
    if (canvas.width !== want.width || canvas.height !== want.height) {
      throw new ExportError('export.encoder-size-mismatch', `encoder drew ${canvas.width}x${canvas.height}, expected ${want.width}x${want.height}`, {
        width: canvas.width,
        height: canvas.height,
        expectedWidth: want.width,
        expectedHeight: want.height,
      });
    }
    canvases.set(factor, canvas);
    return canvas;
  };

  const attempt = async (kind: ReductionKind, format: EncodeFormat, quality: number | null, factor: number): Promise<ReductionStep> => {
    if (options.signal?.aborted) throw new ExportError('export.cancelled', 'export cancelled', { preset: preset.id }, steps);
    const canvas = await canvasAt(factor);
    let encoded: Uint8Array;
    try {
      encoded = await encoder.encode(canvas, MIME_OF[format], quality ?? 1);
    } catch (e) {
      throw new ExportError('export.encoder-failed', `encoding ${format} failed: ${e instanceof Error ? e.message : String(e)}`, { format, preset: preset.id }, steps);
    }
    const bytes = stripMetadata(encoded);
    const step: ReductionStep = { kind, format, quality, scale: factor, width: canvas.width, height: canvas.height, bytes: bytes.length, limit, withinLimit: bytes.length <= limit };
    steps.push(step);
    if (step.withinLimit) best = { bytes, step };
    return step;
  };

  try {
    const initialKind: ReductionKind = first === options.format ? 'initial' : 'format-unsupported';
    const firstStep = await attempt(initialKind, first, first === 'png' ? null : askedQuality, 1);
    if (!firstStep.withinLimit) await reduce(first, firstStep);
  } finally {
    for (const c of canvases.values()) encoder.release?.(c);
  }

  async function reduce(current: EncodeFormat, firstStep: ReductionStep): Promise<void> {
    const lossy = lossyFormat(preset, current);
    if (!lossy) return;
    const ladder = QUALITY_STEPS.filter((q) => q <= askedQuality + 1e-9 && (current === 'png' || q < askedQuality - 1e-9));
    if (ladder.length === 0) ladder.push(Math.min(askedQuality, QUALITY_STEPS[QUALITY_STEPS.length - 1]!));
    // Bytes measured per quality at full scale, to predict smaller sizes (bytes ~ pixel count).
    const measured = new Map<number, { bytes: number; pixels: number }>();
    if (current !== 'png' && firstStep.quality !== null) measured.set(firstStep.quality, { bytes: firstStep.bytes, pixels: firstStep.width * firstStep.height });
    let kind: ReductionKind = current === 'png' ? 'lossy-format' : 'lower-quality';
    for (const q of ladder) {
      const s = await attempt(kind, lossy, q, 1);
      if (s.withinLimit) return;
      measured.set(q, { bytes: s.bytes, pixels: s.width * s.height });
      kind = 'lower-quality';
    }
    const factors: number[] = [];
    for (let f = 1 - SCALE_STEP; f > minFactor + 1e-9; f -= SCALE_STEP) factors.push(Math.round(f * 1000) / 1000);
    if (minFactor < 1) factors.push(minFactor);
    for (const f of factors) {
      const px = pixelsAt(f);
      for (const q of ladder) {
        const m = measured.get(q);
        const predicted = m ? (m.bytes * px.width * px.height) / m.pixels : 0;
        // Skip encodes that cannot fit, except the very last chance at the lowest quality.
        const lastChance = f === factors[factors.length - 1] && q === ladder[ladder.length - 1];
        if (predicted > limit * PREDICTION_SLACK && !lastChance) continue;
        const s = await attempt('scale-down', lossy, q, f);
        if (s.withinLimit) return;
        measured.set(q, { bytes: s.bytes, pixels: s.width * s.height });
      }
    }
  }

  const done = best as { bytes: Uint8Array; step: ReductionStep } | null;
  if (!done) {
    const last = steps[steps.length - 1];
    throw new ExportError(
      'export.byte-limit-unreachable',
      `${preset.id}: could not get under ${limit} bytes (smallest try ${last?.bytes ?? 0} bytes at ${last?.width ?? 0}x${last?.height ?? 0})`,
      { preset: preset.id, limit, bytes: last?.bytes ?? 0 },
      steps,
    );
  }
  const { bytes, step } = done;
  // Still steps are always in a still format.
  const format = step.format as EncodeFormat;
  return {
    bytes,
    width: step.width,
    height: step.height,
    mime: MIME_OF[format],
    format,
    quality: step.quality,
    scale: step.scale,
    extension: EXTENSION_OF[format],
    steps,
    reduced: steps.length > 1 || step.kind !== 'initial',
    overSoftLimit: preset.softByteLimit !== undefined && bytes.length > preset.softByteLimit,
  };
}
