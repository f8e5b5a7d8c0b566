// What the page and an export worker (encode-worker.ts) say to each other. A worker encodes
// canvases the page drew (sent as an ImageBitmap), and draws still designs itself: it is sent the
// faces and images a design needs once, then draws into a canvas, answers with its bytes or pixels,
// and keeps the canvas until the page asks for them again or releases it.
import type { ImageMime } from '../../core/export/types';
import type { Design } from '../../core/model';
import type { BrandKit } from '../../core/brand';
import type { FaceSource } from '../fonts/face-sources';
import type { DrawThen } from './encode-pool';

export type ToWorker =
  /** Encode a drawing the page made. */
  | { kind: 'encode'; id: number; bitmap: ImageBitmap; mime: ImageMime; quality: number }
  /** A face the page has loaded: the worker makes it too, before its next drawing. */
  | { kind: 'face'; face: FaceSource }
  /** A decoded image, kept under `key` for later drawings. */
  | { kind: 'image'; key: string; bitmap: ImageBitmap }
  /** The image under `key` is no longer needed (after the drawings asked for before this). */
  | { kind: 'forget'; key: string }
  /**
   * Draw `design` at width x height design pixels and `pixelRatio`, kept as drawing `id`, and answer
   * with its bytes or pixels (`then`). `images` maps asset ids to image keys.
   */
  | { kind: 'draw'; id: number; design: Design; width: number; height: number; pixelRatio: number; kit: BrandKit | null; images: Record<string, string>; then: DrawThen }
  /** Encode drawing `drawing`. */
  | { kind: 'encode-drawn'; id: number; drawing: number; mime: ImageMime; quality: number }
  /** Drawing `drawing`'s RGBA pixels. */
  | { kind: 'pixels'; id: number; drawing: number }
  /** The page no longer needs drawing `drawing`. */
  | { kind: 'release'; drawing: number };

/** The answer to a message with an `id`: encoded bytes, RGBA pixels, or nothing (a drawing made). */
export type FromWorker = { id: number; ok: true; bytes?: ArrayBuffer } | { id: number; ok: false; message: string };
