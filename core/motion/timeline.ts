// Time in a moving design: how long its timeline is, where each element is at a moment (its
// keyframes), how far its entrance has got, which frame of an animated photo shows, and the
// moments an export samples.
import type { Animation, Design, Element, Keyframe } from '../model';
import { MAX_MOTION_SECONDS } from '../model/motion';

/** Decoded frames of an animated image (GIF, animated WebP) with each frame's display time. */
export interface AnimatedFrames<F = unknown> {
  frames: readonly F[];
  /** Milliseconds each frame shows. */
  delays: readonly number[];
}

/** Seconds an animated image takes to play once. */
export function framesLength(a: Pick<AnimatedFrames, 'delays'>): number {
  return a.delays.reduce((s, d) => s + d, 0) / 1000;
}

/** The frame showing `t` seconds in; the image loops for as long as the timeline runs. */
export function frameIndexAt(a: Pick<AnimatedFrames, 'delays'>, t: number): number {
  const total = a.delays.reduce((s, d) => s + d, 0);
  if (a.delays.length <= 1 || total <= 0) return 0;
  let ms = ((t * 1000) % total + total) % total;
  for (let i = 0; i < a.delays.length; i++) {
    ms -= a.delays[i]!;
    if (ms < 0) return i;
  }
  return a.delays.length - 1;
}

/** Seconds of the longest animated photo among `assetIds` (0 without one). */
export function longestPhotoSeconds(assetIds: Iterable<string>, animations: ReadonlyMap<string, Pick<AnimatedFrames, 'frames' | 'delays'>> | undefined): number {
  let longest = 0;
  for (const id of assetIds) {
    const a = animations?.get(id);
    if (a && a.frames.length > 1) longest = Math.max(longest, framesLength(a));
  }
  return longest;
}

function walk(elements: readonly Element[], visit: (el: Element) => void): void {
  for (const el of elements) {
    visit(el);
    if (el.type === 'group') walk(el.children, visit);
  }
}

/** True when anything in the design moves: a timeline, an entrance, keyframes. Animated photos are checked by the caller, who holds their frames. */
export function hasMotion(design: Pick<Design, 'motion' | 'elements'>): boolean {
  if (design.motion) return true;
  let moves = false;
  walk(design.elements, (el) => {
    if (el.animation || (el.keyframes && el.keyframes.length > 0)) moves = true;
  });
  return moves;
}

/** When everything has arrived: the end of the last entrance and the last keyframe, in seconds. */
export function settledAt(design: Pick<Design, 'elements'>): number {
  let end = 0;
  walk(design.elements, (el) => {
    if (el.animation) end = Math.max(end, el.animation.delay + el.animation.duration);
    for (const k of el.keyframes ?? []) end = Math.max(end, k.t);
  });
  return end;
}

/**
 * A new timeline's length: everything arrives, then a second and a half to read it; at least one
 * loop of the photo. A captioned GIF with nothing else moving lasts exactly one loop of it.
 */
export function suggestedDuration(design: Pick<Design, 'elements'>, photoSeconds = 0): number {
  const settled = settledAt(design);
  if (settled === 0 && photoSeconds > 0) return Math.min(MAX_MOTION_SECONDS, Math.max(0.5, Math.round(photoSeconds * 100) / 100));
  const wanted = Math.max(settled + 1.5, photoSeconds, 2);
  return Math.min(MAX_MOTION_SECONDS, Math.round(wanted * 10) / 10);
}

/** The design's timeline: its own, or one long enough for its entrances and keyframes. */
export function timelineOf(design: Pick<Design, 'motion' | 'elements'>, photoSeconds = 0): { duration: number; end: 'loop' | 'hold' } {
  return design.motion ?? { duration: suggestedDuration(design, photoSeconds), end: 'loop' };
}

/** The moments an export draws: one every 1/fps seconds from 0, covering the whole timeline. */
export function frameTimes(duration: number, fps: number): number[] {
  const n = Math.max(1, Math.round(duration * fps));
  return Array.from({ length: n }, (_, i) => i / fps);
}

/** Where keyframes put the element at `t`: the nearest keyframe outside them, a straight line between. */
export function keyframePosition(keyframes: readonly Keyframe[], t: number): { x: number; y: number } | null {
  if (keyframes.length === 0) return null;
  const sorted = [...keyframes].sort((a, b) => a.t - b.t);
  const first = sorted[0]!;
  if (t <= first.t) return { x: first.x, y: first.y };
  for (let i = 1; i < sorted.length; i++) {
    const b = sorted[i]!;
    if (t <= b.t) {
      const a = sorted[i - 1]!;
      const k = b.t > a.t ? (t - a.t) / (b.t - a.t) : 1;
      return { x: a.x + (b.x - a.x) * k, y: a.y + (b.y - a.y) * k };
    }
  }
  const last = sorted[sorted.length - 1]!;
  return { x: last.x, y: last.y };
}

/** Sets or moves the keyframe at `t` (within half a frame at 30 fps), keeping them in time order. */
export function upsertKeyframe(keyframes: readonly Keyframe[] | undefined, key: Keyframe): Keyframe[] {
  const rest = (keyframes ?? []).filter((k) => Math.abs(k.t - key.t) > 1 / 60);
  return [...rest, key].sort((a, b) => a.t - b.t);
}

/** The design with every keyframed element placed where it is at `t`. */
export function placedAt(design: Design, t: number): Design {
  let changed = false;
  const place = (els: readonly Element[]): Element[] =>
    els.map((el) => {
      let out = el;
      const at = el.keyframes ? keyframePosition(el.keyframes, t) : null;
      if (at && (at.x !== el.x || at.y !== el.y)) {
        out = { ...el, x: at.x, y: at.y };
        changed = true;
      }
      if (out.type === 'group') {
        const children = place(out.children);
        out = { ...out, children };
      }
      return out;
    });
  const elements = place(design.elements);
  return changed ? { ...design, elements } : design;
}

const easeOut = (p: number) => 1 - (1 - p) ** 3;
/** Overshoots a little before settling: the "pop". */
const easeOutBack = (p: number) => 1 + 2.2 * (p - 1) ** 3 + 1.2 * (p - 1) ** 2;

/** How far an entrance has got at `t`: 0 before its delay, 1 once done. */
export function entranceProgress(a: Animation, t: number): number {
  if (t <= a.delay) return 0;
  return Math.min(1, (t - a.delay) / Math.max(a.duration, 1e-6));
}

/** What an entrance does to an element at one moment. */
export interface Pose {
  /** Multiplies the element's own opacity. */
  opacity: number;
  dx: number;
  dy: number;
  /** Around the element's centre. */
  scale: number;
  /** Text only: the share of characters (typewriter) or words (word by word) shown, or null for all. */
  reveal: { unit: 'char' | 'word'; share: number } | null;
}

export const REST_POSE: Pose = Object.freeze({ opacity: 1, dx: 0, dy: 0, scale: 1, reveal: null });

/** The element's pose at `t` in a `width` x `height` design; slides start just outside the nearest edge. */
export function poseAt(el: Pick<Element, 'animation' | 'x' | 'y' | 'width' | 'height' | 'type'>, t: number, width: number, height: number): Pose {
  const a = el.animation;
  if (!a) return REST_POSE;
  const p = entranceProgress(a, t);
  if (p >= 1) return REST_POSE;
  const e = easeOut(p);
  switch (a.effect) {
    case 'fade':
      return { ...REST_POSE, opacity: e };
    case 'pop':
      return { ...REST_POSE, opacity: Math.min(1, p * 3), scale: Math.max(0.01, 0.5 + 0.5 * easeOutBack(p)) };
    case 'slide-from-left':
      return { ...REST_POSE, dx: -(el.x + el.width) * (1 - e) };
    case 'slide-from-right':
      return { ...REST_POSE, dx: (width - el.x) * (1 - e) };
    case 'slide-from-top':
      return { ...REST_POSE, dy: -(el.y + el.height) * (1 - e) };
    case 'slide-from-bottom':
      return { ...REST_POSE, dy: (height - el.y) * (1 - e) };
    case 'typewriter':
    case 'words':
      if (el.type !== 'text') return { ...REST_POSE, opacity: e };
      return { ...REST_POSE, reveal: { unit: a.effect === 'typewriter' ? 'char' : 'word', share: p } };
  }
}
