// The design at every size, small: what the all-sizes overview and the export dialog show. Each
// size is adapted exactly as it exports (core/export adaptToPreset), scored by the quality check
// (core/layout/size-quality), drawn at thumbnail resolution, and the platform's covered areas
// are dimmed on top, as the canvas overlay (SafeZoneLayer) dims them. Drawing is queued one size
// per frame, so opening the grid never freezes the editor.
import { adaptToPreset } from '../../core/export/adapt-to-preset';
import { checkAdaptedSize, type SizeQuality } from '../../core/layout/size-quality';
import type { Design } from '../../core/model';
import { safeZoneFor, type Preset } from '../../core/presets';
import { renderDesignToCanvas } from '../../core/scene/builder';
import { useEditorStore } from '../state/editor-store';
import { sceneContextFor } from './scene-context';
import { presetKey } from './size-view';
import { contrastWarnings } from './warnings-check';
import type { ContrastWarning } from './warnings';

export interface SizeOverview {
  preset: Preset;
  /** The design as it exports at this size. */
  view: Design;
  quality: SizeQuality;
  /** Text below WCAG AA against the pixels behind it at this size; measured on first ask (it draws). */
  contrast?: ContrastWarning[];
}

/** The size's contrast warnings, measured once per overview (a small render without the text). */
export function contrastOf(overview: SizeOverview): ContrastWarning[] {
  return (overview.contrast ??= contrastWarnings(overview.view));
}

const DIM = 'rgba(15, 23, 42, 0.45)';
const COVER = 'rgba(220, 38, 38, 0.45)';

/** Adapted designs and their scores, for the latest design only (a new design or font clears it). */
let cache: { design: Design; fonts: number; bySize: Map<string, SizeOverview> } | null = null;

/** The design adapted to `preset` and scored, cached while the design and fonts stay the same. */
export function sizeOverview(design: Design, preset: Preset): SizeOverview {
  const fonts = useEditorStore.getState().fontsVersion;
  if (!cache || cache.design !== design || cache.fonts !== fonts) cache = { design, fonts, bySize: new Map() };
  const key = presetKey(preset);
  let hit = cache.bySize.get(key);
  if (!hit) {
    const view = adaptToPreset(design, preset, sceneContextFor(design));
    hit = { preset, view, quality: checkAdaptedSize(design, view, preset) };
    cache.bySize.set(key, hit);
  }
  return hit;
}

/** The thumbnail's pixel size: the longer side is `longSide`. */
export function thumbSize(size: { width: number; height: number }, longSide: number): { width: number; height: number; ratio: number } {
  const ratio = longSide / Math.max(size.width, size.height);
  return { width: Math.max(1, Math.round(size.width * ratio)), height: Math.max(1, Math.round(size.height * ratio)), ratio };
}

/** Draws one size onto `target` (already sized by thumbSize), with what the platform hides dimmed. */
export function drawThumb(target: HTMLCanvasElement, overview: SizeOverview, longSide: number): void {
  const { view, preset } = overview;
  const { width, height, ratio } = thumbSize(view, longSide);
  const drawn = renderDesignToCanvas(view, sceneContextFor(view), ratio);
  const ctx = target.getContext('2d');
  if (!ctx) return;
  ctx.clearRect(0, 0, width, height);
  ctx.drawImage(drawn, 0, 0, width, height);
  const zone = safeZoneFor(preset, view.width, view.height);
  ctx.save();
  ctx.scale(ratio, ratio);
  const { area, circle, covered } = zone;
  const whole = area.x <= 0.5 && area.y <= 0.5 && area.width >= view.width - 1 && area.height >= view.height - 1;
  if (circle || !whole) {
    ctx.beginPath();
    ctx.rect(0, 0, view.width, view.height);
    if (circle) ctx.arc(circle.cx, circle.cy, circle.r, 0, Math.PI * 2, true);
    else ctx.rect(area.x, area.y, area.width, area.height);
    ctx.fillStyle = DIM;
    ctx.fill('evenodd');
  }
  ctx.fillStyle = COVER;
  for (const r of covered) ctx.fillRect(r.x, r.y, r.width, r.height);
  ctx.restore();
}

type Job = () => void;
const queue: Job[] = [];
let scheduled = false;

function pump(): void {
  scheduled = false;
  const job = queue.shift();
  if (!job) return;
  job();
  if (queue.length) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(pump);
}

/** Runs `job` in a later frame, one job per frame; the returned function takes it back out. */
export function queueThumb(job: Job): () => void {
  queue.push(job);
  schedule();
  return () => {
    const i = queue.indexOf(job);
    if (i >= 0) queue.splice(i, 1);
  };
}
