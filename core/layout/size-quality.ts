// How well a design survived adaptation to one size, as code: the same answers for the CLI
// (`placard check-sizes`), tests and, later, the size overview. Pure: it compares the design with
// its adapted copy for the preset and lists what a person would call broken.
import { walkElements } from '../model/tree';
import type { Design, Element } from '../model/schema';
import type { Preset } from '../presets/types';
import { mayStretch, smallestTextShare } from './adapt';
import { boundsOfPoints, outlinePoints } from './geometry';
import { checkSafeZones, isBackground } from './safe-zones';

export type SizeIssueCode = 'size.distorted' | 'size.text-too-small' | 'size.outside-safe-area' | 'size.new-overlap' | 'size.off-canvas';

export interface SizeIssue {
  code: SizeIssueCode;
  elementId: string;
  /** Always holds `element` (the layer's name, or its id); the rest depends on the code. */
  params: Record<string, string | number>;
}

export interface SizeQuality {
  presetId: string;
  issues: SizeIssue[];
  /** 100 for a size with no issue, less for each one (never below 0). */
  score: number;
}

/** An aspect ratio may drift this much (2 %) before the element counts as distorted. */
const ASPECT_TOLERANCE = 1.02;
/** The smallest text may shrink to this share of the design's smallest text, relative to the shorter side. */
export const MIN_TEXT_SCALE = 0.8;
/** Two elements overlap when they share this share of the smaller one's area. */
const OVERLAP_SHARE = 0.02;
const PENALTY: Readonly<Record<SizeIssueCode, number>> = {
  'size.distorted': 20,
  'size.off-canvas': 20,
  'size.text-too-small': 15,
  'size.outside-safe-area': 15,
  'size.new-overlap': 10,
};

const label = (el: Element) => el.name || el.id;

function overlapShare(a: ReturnType<typeof boundsOfPoints>, b: ReturnType<typeof boundsOfPoints>): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (w <= 0 || h <= 0) return 0;
  const smaller = Math.min(a.width * a.height, b.width * b.height);
  return smaller > 0 ? (w * h) / smaller : 0;
}

function insideCanvas(b: ReturnType<typeof boundsOfPoints>, design: Design): boolean {
  const slack = 0.5;
  return b.x >= -slack && b.y >= -slack && b.x + b.width <= design.width + slack && b.y + b.height <= design.height + slack;
}

/** Scores `adapted` (the design as drawn for `preset`, from adaptToPreset) against `original`. */
export function checkAdaptedSize(original: Design, adapted: Design, preset: Preset): SizeQuality {
  const issues: SizeIssue[] = [];
  const before = new Map<string, Element>();
  for (const { element } of walkElements(original.elements)) before.set(element.id, element);

  // Distortion: a circle, photo, logo or sticker whose aspect ratio changed.
  for (const { element } of walkElements(adapted.elements)) {
    const old = before.get(element.id);
    if (!old || !element.visible || mayStretch(old, original.width, original.height)) continue;
    if (old.width <= 0 || old.height <= 0 || element.width <= 0 || element.height <= 0) continue;
    const drift = element.width / element.height / (old.width / old.height);
    if (drift > ASPECT_TOLERANCE || drift < 1 / ASPECT_TOLERANCE) {
      issues.push({ code: 'size.distorted', elementId: element.id, params: { element: label(element), from: round(old.width / old.height), to: round(element.width / element.height) } });
    }
  }

  // Text: none smaller, relative to the shorter side, than MIN_TEXT_SCALE of the design's smallest.
  const relative = (size: number, d: Design) => size / Math.min(d.width, d.height);
  const texts = (d: Design) => [...walkElements(d.elements)].map((w) => w.element).filter((e): e is Extract<Element, { type: 'text' }> => e.type === 'text' && e.visible);
  const smallest = smallestTextShare(original);
  if (smallest !== null) {
    for (const text of texts(adapted)) {
      const share = relative(text.fontSize, adapted) / smallest;
      if (share < MIN_TEXT_SCALE) issues.push({ code: 'size.text-too-small', elementId: text.id, params: { element: label(text), size: round(text.fontSize), share: round(share) } });
    }
  }

  // Text and logos outside the platform's safe area, its circle or under its overlays.
  const outside = new Set<string>();
  for (const warning of checkSafeZones(adapted, preset)) {
    if (outside.has(warning.elementId)) continue;
    outside.add(warning.elementId);
    const el = before.get(warning.elementId);
    issues.push({ code: 'size.outside-safe-area', elementId: warning.elementId, params: { element: el ? label(el) : warning.elementId, warning: warning.code } });
  }

  // Off the canvas, and overlaps the design did not have, among the top-level elements.
  const top = (d: Design) => d.elements.filter((e) => e.visible && !isBackground(e, d.width, d.height));
  const oldBounds = new Map(top(original).map((e) => [e.id, boundsOfPoints(outlinePoints(e))]));
  const placed = top(adapted)
    .filter((e) => oldBounds.has(e.id))
    .map((e) => ({ el: e, bounds: boundsOfPoints(outlinePoints(e)) }));
  for (const { el, bounds } of placed) {
    if (insideCanvas(oldBounds.get(el.id)!, original) && !insideCanvas(bounds, adapted)) {
      issues.push({ code: 'size.off-canvas', elementId: el.id, params: { element: label(el) } });
    }
  }
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      const a = placed[i]!;
      const b = placed[j]!;
      if (overlapShare(a.bounds, b.bounds) < OVERLAP_SHARE) continue;
      if (overlapShare(oldBounds.get(a.el.id)!, oldBounds.get(b.el.id)!) >= OVERLAP_SHARE / 2) continue;
      issues.push({ code: 'size.new-overlap', elementId: a.el.id, params: { element: label(a.el), other: label(b.el), otherId: b.el.id } });
    }
  }

  const score = Math.max(0, 100 - issues.reduce((sum, issue) => sum + PENALTY[issue.code], 0));
  return { presetId: preset.id, issues, score };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
