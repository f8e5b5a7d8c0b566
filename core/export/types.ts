// The export contract: a pure pipeline in core/ that draws and encodes through an injected
// Encoder (a browser canvas in the renderer, @napi-rs/canvas in Node).
import type { Design } from '../model/schema';
import type { SceneContext } from '../scene/attributes';
import type { GifFrameEncoder } from '../motion/gif-encode';

export type EncodeFormat = 'png' | 'jpeg' | 'webp';
/** Moving images: an animated GIF, or a video (H.264 in MP4, VP9 in WebM). */
export type MotionFormat = 'gif' | 'mp4' | 'webm';
export type MotionMime = 'image/gif' | 'video/mp4' | 'video/webm';
export const MOTION_MIME_OF: Readonly<Record<MotionFormat, MotionMime>> = { gif: 'image/gif', mp4: 'video/mp4', webm: 'video/webm' };
export type ImageMime = 'image/png' | 'image/jpeg' | 'image/webp';

export const MIME_OF: Readonly<Record<EncodeFormat, ImageMime>> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' };
export const EXTENSION_OF: Readonly<Record<EncodeFormat, string>> = { png: 'png', jpeg: 'jpg', webp: 'webp' };

/** Whatever the encoder draws into; the pipeline only reads its pixel size. */
export interface CanvasLike {
  readonly width: number;
  readonly height: number;
}

export interface Encoder<C extends CanvasLike = CanvasLike> {
  /** Readies what drawing `design` needs (its fonts) before it is measured and drawn (optional). */
  prepare?(design: Design): Promise<void>;
  /**
   * How this backend draws `design`: images, brand tokens, and the text measurer that re-fits
   * text after adaptation (built with core/scene createSceneContext).
   */
  context(design: Design): SceneContext;
  /**
   * Draws `design` (whose size is width x height) at `pixelRatio` with `ctx`. The canvas must be
   * exactly Math.round(width * pixelRatio) x Math.round(height * pixelRatio) pixels.
   */
  render(design: Design, width: number, height: number, pixelRatio: number, ctx: SceneContext): C | Promise<C>;
  /** Encodes the canvas; `quality` (0-1) applies to lossy formats. */
  encode(canvas: C, mime: ImageMime, quality: number): Promise<Uint8Array>;
  /** Frees a canvas the pipeline no longer needs (optional). */
  release?(canvas: C): void;
  /** The canvas's RGBA pixels, for encoders that work on pixels (animated GIF). */
  pixels?(canvas: C): Uint8ClampedArray | Promise<Uint8ClampedArray>;
  /** Encodes GIF frames off the drawing thread, `ahead` at once (core/motion gif-encode); here when absent. */
  gifFrames?: { encode: GifFrameEncoder; ahead: number };
}

export type ReductionKind =
  /** The first encode, as the user asked. */
  | 'initial'
  /** The preset does not take the asked format; another one it accepts is used. */
  | 'format-unsupported'
  /** PNG was over the limit: switched to a lossy format. */
  | 'lossy-format'
  /** Lower lossy quality at the same size. */
  | 'lower-quality'
  /** Fewer pixels. */
  | 'scale-down'
  /** Moving images: fewer frames per second. */
  | 'lower-frame-rate'
  /** Animated GIF: a smaller palette per frame. */
  | 'fewer-colors'
  /** Video: fewer bits per second. */
  | 'lower-bitrate';

/** One encode attempt, in order, so the UI can say what was done to fit the limit. */
export interface ReductionStep {
  kind: ReductionKind;
  format: EncodeFormat | MotionFormat;
  /** Null for PNG. */
  quality: number | null;
  /** Share of the requested pixel size on each side (1 = as asked). */
  scale: number;
  width: number;
  height: number;
  bytes: number;
  /** The byte limit the attempt was measured against. */
  limit: number;
  withinLimit: boolean;
  /** Moving images: frames per second, palette size (GIF) and bits per second (video). */
  fps?: number;
  colors?: number;
  bitrate?: number;
}

/** Lets a caller stop a long export between encodes (an AbortSignal fits). */
export interface CancelSignal {
  readonly aborted: boolean;
}

export interface ExportOptions {
  format: EncodeFormat;
  /** 0-1 for JPEG and WebP; default 0.92. Also the highest quality byte fitting may use. */
  quality?: number;
  /** 1x or 2x (any value 0.25-4); default 1. */
  scale?: number;
  /** 'hard' (default) fits the upload limit, 'soft' the preset's recommended size when it has one. */
  target?: 'hard' | 'soft';
  signal?: CancelSignal;
  /** The moment of a moving design to draw as the still, in seconds; the still design when absent. */
  time?: number;
}

/** A file an export writes: an image, or a print PDF (core/print) holding every chosen size. */
export type OutputFormat = EncodeFormat | 'pdf' | MotionFormat;
export type OutputMime = ImageMime | 'application/pdf' | MotionMime;

export interface ExportResult {
  bytes: Uint8Array;
  width: number;
  height: number;
  mime: OutputMime;
  format: OutputFormat;
  quality: number | null;
  /** Share of the requested pixel size finally used (1 when no scaling was needed). */
  scale: number;
  extension: string;
  /** Every encode attempted, the last one being the result. */
  steps: ReductionStep[];
  /** True when something had to change from what was asked (format, quality or size). */
  reduced: boolean;
  /** The preset's advisory size (e.g. fast-loading covers) is exceeded; the hard limit is met. */
  overSoftLimit: boolean;
  /** PDFs: how many pages were written. */
  pages?: number;
  /** Moving images: what was written. */
  motion?: { frames: number; fps: number; seconds: number; colors?: number; bitrate?: number; loop: boolean };
}

export type ExportErrorCode =
  | 'export.bad-options'
  | 'export.cancelled'
  | 'export.byte-limit-unreachable'
  | 'export.no-format'
  | 'export.encoder-size-mismatch'
  | 'export.encoder-failed'
  | 'export.bad-image'
  | 'export.pdf-print-only'
  /** The preset takes no moving image of this kind (a cover, a profile picture, print; Instagram takes no GIF). */
  | 'export.motion-unsupported'
  /** Nothing here encodes this video format (the CLI has no video encoder; a browser without WebCodecs). */
  | 'export.video-unsupported'
  /** The design does not move: a GIF or video of it would be one still frame. */
  | 'export.not-animated';

export class ExportError extends Error {
  constructor(
    readonly code: ExportErrorCode,
    message: string,
    readonly params: Record<string, string | number> = {},
    /** The attempts made before failing, when there were any. */
    readonly steps: ReductionStep[] = [],
  ) {
    super(message);
    this.name = 'ExportError';
  }
}
