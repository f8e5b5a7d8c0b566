// Exporting a moving design for one preset: every frame drawn by the one scene builder at its
// moment (core/scene with ctx.time), then an animated GIF (gif-encode.ts) or a video (through
// an injected VideoWriter: WebCodecs in the app), fitted to the platform's limit for moving
// images by steps (frame rate, colours, pixels; bitrate for video), each reported.
import type { Design } from '../model';
import { adaptToPreset } from '../export/pipeline';
import { resolvePresetSize } from '../presets/size';
import { motionLimitsOf } from '../presets/motion';
import type { Preset } from '../presets/types';
import { ExportError, MOTION_MIME_OF, type CancelSignal, type CanvasLike, type Encoder, type ExportResult, type MotionFormat, type ReductionKind, type ReductionStep } from '../export/types';
import { frameTimes, hasMotion, longestPhotoSeconds, timelineOf } from './timeline';
import { DITHER_AT_MOST, gifWriter } from './gif-encode';
import type { SceneContext } from '../scene/attributes';

export const DEFAULT_GIF_FPS = 15;
export const DEFAULT_VIDEO_FPS = 30;
const GIF_FPS_STEPS = [15, 12, 10, 8];
const GIF_COLOR_STEPS = [256, 128, 64, 32];
/** A GIF is not made smaller than this share of the preset's size on each side. */
const GIF_MIN_SCALE = 0.5;
const PREDICTION_SLACK = 1.15;

export interface MotionOptions {
  format: MotionFormat;
  /** Frames per second; 15 for GIF and 30 for video when absent (within the platform's maximum). */
  fps?: number;
  /** Pixel ratio, as for stills (0.05-4); default 1. */
  scale?: number;
  signal?: CancelSignal;
}

/** What a video encoder is asked for; frames are drawn on demand, in order. */
export interface VideoEncodeRequest<C> {
  format: 'mp4' | 'webm';
  width: number;
  height: number;
  fps: number;
  bitrate: number;
  frameCount: number;
  frame(index: number): Promise<C>;
  /** Called with each frame once the encoder has taken it. */
  done?(canvas: C): void;
  signal?: CancelSignal;
}

/** Encodes video where the platform can (WebCodecs in the app); the CLI has none. */
export interface VideoWriter<C> {
  canEncode(format: 'mp4' | 'webm', width: number, height: number): Promise<boolean>;
  encode(request: VideoEncodeRequest<C>): Promise<Uint8Array>;
}

/** Seconds of the longest animated photo in the design (0 without one). */
export function photoSeconds(design: Design, ctx: SceneContext): number {
  return longestPhotoSeconds(Object.keys(design.assets), ctx.animations);
}

/** True when exporting the design as GIF or video makes sense: something moves. */
export function isMoving(design: Design, ctx: SceneContext): boolean {
  return hasMotion(design) || photoSeconds(design, ctx) > 0;
}

function cancelled(preset: Preset, steps: ReductionStep[]): never {
  throw new ExportError('export.cancelled', 'export cancelled', { preset: preset.id }, steps);
}

/** Bits per second that look good for the size without waste (about 0.1 bit per pixel per frame). */
export function defaultBitrate(width: number, height: number, fps: number): number {
  return Math.round(Math.min(12_000_000, Math.max(500_000, width * height * fps * 0.1)));
}

export async function exportMotion<C extends CanvasLike>(design: Design, preset: Preset, options: MotionOptions, encoder: Encoder<C>, video?: VideoWriter<C>): Promise<ExportResult> {
  const format = options.format;
  const limits = motionLimitsOf(preset);
  const byteLimit = format === 'gif' ? limits?.gif : limits?.video?.byteLimit;
  if (!limits || byteLimit === null || byteLimit === undefined) {
    throw new ExportError('export.motion-unsupported', `${preset.id} takes no ${format.toUpperCase()}`, { preset: preset.id, format: format === 'gif' ? 'GIF' : format === 'mp4' ? 'MP4' : 'WebM' });
  }
  const scale = options.scale ?? 1;
  if (!Number.isFinite(scale) || scale < 0.05 || scale > 4) throw new ExportError('export.bad-options', `scale must be from 0.05 to 4, got ${scale}`, { scale });
  await encoder.prepare?.(design);
  const ctx = encoder.context(design);
  if (!isMoving(design, ctx)) throw new ExportError('export.not-animated', 'nothing in the design moves', { preset: preset.id });
  const timeline = timelineOf(design, photoSeconds(design, ctx));
  const adapted = adaptToPreset(design, preset, ctx);
  const size = resolvePresetSize(preset, design);
  const pixelsAt = (factor: number) => ({ width: Math.max(2, Math.round(size.width * scale * factor)), height: Math.max(2, Math.round(size.height * scale * factor)) });
  const steps: ReductionStep[] = [];

  const drawFrame = async (t: number, factor: number): Promise<C> => {
    if (options.signal?.aborted) cancelled(preset, steps);
    const px = pixelsAt(factor);
    // Video encoders want even sides; the pixel ratio is chosen per side so the canvas is exact.
    return encoder.render(adapted, size.width, size.height, px.width / size.width, { ...ctx, time: t });
  };

  const loop = timeline.end === 'loop';
  if (format === 'gif') {
    if (!encoder.pixels) throw new ExportError('export.encoder-failed', 'this encoder cannot read pixels for a GIF', { format });
    const askedFps = Math.min(options.fps ?? DEFAULT_GIF_FPS, 50);
    const fpsSteps = [askedFps, ...GIF_FPS_STEPS.filter((f) => f < askedFps)];
    const attempt = async (kind: ReductionKind, fps: number, colors: number, factor: number): Promise<{ step: ReductionStep; bytes: Uint8Array }> => {
      const px = pixelsAt(factor);
      const writer = gifWriter(px.width, px.height, { fps, colors, loop, ...(encoder.gifFrames ? { encode: encoder.gifFrames.encode, ahead: encoder.gifFrames.ahead } : {}) });
      const times = frameTimes(timeline.duration, fps);
      for (let i = 0; i < times.length; i++) {
        const canvas = await drawFrame(times[i]!, factor);
        let rgba: Uint8ClampedArray;
        try {
          rgba = await encoder.pixels!(canvas);
        } finally {
          encoder.release?.(canvas);
        }
        await writer.add(rgba, i);
      }
      const bytes = await writer.finish();
      const step: ReductionStep = { kind, format, quality: null, scale: factor, width: px.width, height: px.height, bytes: bytes.length, limit: byteLimit, withinLimit: bytes.length <= byteLimit, fps, colors };
      steps.push(step);
      return { step, bytes };
    };
    // The ladder: fewer frames first (the eye forgives), then fewer colours, then fewer pixels.
    type Rung = { kind: ReductionKind; fps: number; colors: number; factor: number };
    const rungs: Rung[] = [];
    for (const fps of fpsSteps.slice(1)) rungs.push({ kind: 'lower-frame-rate', fps, colors: 256, factor: 1 });
    const lowFps = fpsSteps[fpsSteps.length - 1]!;
    for (const colors of GIF_COLOR_STEPS.slice(1)) rungs.push({ kind: 'fewer-colors', fps: lowFps, colors, factor: 1 });
    for (let f = 0.9; f >= GIF_MIN_SCALE - 1e-9; f -= 0.1) rungs.push({ kind: 'scale-down', fps: lowFps, colors: 64, factor: Math.round(f * 100) / 100 });
    let best = await attempt('initial', askedFps, 256, 1);
    let measured = best.step;
    for (let r = 0; !best.step.withinLimit && r < rungs.length; r++) {
      const rung = rungs[r]!;
      const bits = (c: number) => Math.log2(c);
      const px = pixelsAt(rung.factor);
      // Dithered frames (small palettes) compress about half as well.
      const dithered = (c: number) => (c <= DITHER_AT_MOST ? 1.8 : 1);
      const predicted =
        measured.bytes * (rung.fps / measured.fps!) * ((px.width * px.height) / (measured.width * measured.height)) * (bits(rung.colors) / bits(measured.colors!)) * (dithered(rung.colors) / dithered(measured.colors!));
      if (predicted > byteLimit * PREDICTION_SLACK && r < rungs.length - 1) continue;
      best = await attempt(rung.kind, rung.fps, rung.colors, rung.factor);
      measured = best.step;
    }
    if (!best.step.withinLimit) {
      throw new ExportError('export.byte-limit-unreachable', `${preset.id}: the GIF could not get under ${byteLimit} bytes (smallest try ${best.step.bytes} bytes)`, { preset: preset.id, limit: byteLimit, bytes: best.step.bytes }, steps);
    }
    const { step, bytes } = best;
    return result(bytes, step, { frames: frameTimes(timeline.duration, step.fps!).length, fps: step.fps!, seconds: timeline.duration, colors: step.colors!, loop });
  }

  // Video.
  const videoLimits = limits.video!;
  if (!video) throw new ExportError('export.video-unsupported', `${format.toUpperCase()} cannot be encoded here; export an animated GIF instead`, { format, preset: preset.id });
  const fps = Math.min(options.fps ?? DEFAULT_VIDEO_FPS, videoLimits.maxFps);
  // A clip shorter than the platform takes holds its last frame (or keeps looping) until long enough.
  const seconds = Math.max(timeline.duration, videoLimits.minSeconds ?? 0);
  const times = frameTimes(seconds, fps).map((t) => (t < timeline.duration ? t : loop ? t % timeline.duration : timeline.duration));
  const even = (n: number) => Math.max(2, n - (n % 2));
  const attemptVideo = async (kind: ReductionKind, bitrate: number, factor: number) => {
    const px = pixelsAt(factor);
    const width = even(px.width);
    const height = even(px.height);
    if (!(await video.canEncode(format, width, height))) {
      throw new ExportError('export.video-unsupported', `${format.toUpperCase()} cannot be encoded here at ${width}x${height}`, { format, preset: preset.id });
    }
    const bytes = await video.encode({
      format,
      width,
      height,
      fps,
      bitrate,
      frameCount: times.length,
      // The writer copies each frame onto its even-sided canvas.
      frame: (i) => drawFrame(times[i]!, factor),
      done: (canvas) => encoder.release?.(canvas),
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (options.signal?.aborted) cancelled(preset, steps);
    const step: ReductionStep = { kind, format, quality: null, scale: factor, width, height, bytes: bytes.length, limit: videoLimits.byteLimit, withinLimit: bytes.length <= videoLimits.byteLimit, fps, bitrate };
    steps.push(step);
    return { step, bytes };
  };
  const base = pixelsAt(1);
  // Leave room for the container: aim at 85 % of the limit.
  const budget = Math.floor((videoLimits.byteLimit * 8 * 0.85) / seconds);
  const wanted = defaultBitrate(base.width, base.height, fps);
  let best = await attemptVideo(wanted > budget ? 'lower-bitrate' : 'initial', Math.min(wanted, budget), 1);
  for (let tries = 0; !best.step.withinLimit && tries < 4; tries++) {
    const bitrate = Math.floor(best.step.bitrate! * (videoLimits.byteLimit / best.step.bytes) * 0.8);
    best = bitrate >= 100_000 ? await attemptVideo('lower-bitrate', bitrate, 1) : await attemptVideo('scale-down', 100_000, best.step.scale * 0.7);
  }
  if (!best.step.withinLimit) {
    throw new ExportError('export.byte-limit-unreachable', `${preset.id}: the video could not get under ${videoLimits.byteLimit} bytes`, { preset: preset.id, limit: videoLimits.byteLimit, bytes: best.step.bytes }, steps);
  }
  return result(best.bytes, best.step, { frames: times.length, fps, seconds, bitrate: best.step.bitrate!, loop });

  function result(bytes: Uint8Array, step: ReductionStep, motion: NonNullable<ExportResult['motion']>): ExportResult {
    return {
      bytes,
      width: step.width,
      height: step.height,
      mime: MOTION_MIME_OF[format],
      format,
      quality: null,
      scale: step.scale,
      extension: format,
      steps,
      reduced: steps.length > 1 || step.kind !== 'initial',
      overSoftLimit: false,
      motion,
    };
  }
}
