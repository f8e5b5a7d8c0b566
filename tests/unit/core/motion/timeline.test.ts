// Time in a moving design: entrances at each moment (fade, pop, slides from each edge, typewriter
// and word by word on the lines the whole text takes), keyframes between moments, the animated
// photo's frame, the timeline's length, and a GIF that holds its last frame instead of looping.
import Konva from 'konva';
import { GifReader } from 'omggif';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeEncoder, decodeAnimations, decodeImages } from '../../../../cli/export-node';
import { registerBundledFonts } from '../../../../cli/fonts-node';
import { createTextElement, type Element } from '../../../../core/model';
import { exportMotion } from '../../../../core/motion/export';
import { applyEntrances } from '../../../../core/motion/pose-nodes';
import { entranceProgress, frameIndexAt, frameTimes, keyframePosition, placedAt, poseAt, suggestedDuration, timelineOf, upsertKeyframe } from '../../../../core/motion/timeline';
import { installNodeCanvas } from '../../../../cli/konva-node';
import { captionedClip, squareGif, squarePreset } from '../../../helpers/motion-fixture';

const box = { type: 'shape' as const, x: 100, y: 200, width: 300, height: 100 };

describe('entrances', () => {
  it('fade from transparent, and are at rest after their delay and duration', () => {
    const el = { ...box, animation: { effect: 'fade' as const, delay: 1, duration: 2 } };
    expect(poseAt(el, 0.5, 1000, 1000).opacity).toBe(0);
    expect(poseAt(el, 2, 1000, 1000).opacity).toBeGreaterThan(0.5);
    expect(poseAt(el, 2, 1000, 1000).opacity).toBeLessThan(1);
    expect(poseAt(el, 3, 1000, 1000)).toEqual({ opacity: 1, dx: 0, dy: 0, scale: 1, reveal: null });
    expect(entranceProgress(el.animation, 2)).toBe(0.5);
  });

  it('slide in from just outside each edge', () => {
    const at0 = (effect: 'slide-from-left' | 'slide-from-right' | 'slide-from-top' | 'slide-from-bottom') => poseAt({ ...box, animation: { effect, delay: 0, duration: 1 } }, 0, 1000, 800);
    // Left: the right edge starts at the canvas's left edge.
    expect(box.x + box.width + at0('slide-from-left').dx).toBe(0);
    expect(box.x + at0('slide-from-right').dx).toBe(1000);
    expect(box.y + box.height + at0('slide-from-top').dy).toBe(0);
    expect(box.y + at0('slide-from-bottom').dy).toBe(800);
  });

  it('pop from half size, overshooting a little before it settles', () => {
    const el = { ...box, animation: { effect: 'pop' as const, delay: 0, duration: 1 } };
    expect(poseAt(el, 0, 1000, 1000).scale).toBeCloseTo(0.5, 5);
    const scales = [0.2, 0.4, 0.6, 0.8, 0.95].map((t) => poseAt(el, t, 1000, 1000).scale);
    expect(Math.max(...scales)).toBeGreaterThan(1);
    expect(poseAt(el, 1, 1000, 1000).scale).toBe(1);
  });

  it('reveal text by characters or words; other elements fade instead', () => {
    const text = { ...box, type: 'text' as const, animation: { effect: 'typewriter' as const, delay: 0, duration: 1 } };
    expect(poseAt(text, 0.5, 1000, 1000).reveal).toEqual({ unit: 'char', share: 0.5 });
    expect(poseAt({ ...text, animation: { effect: 'words', delay: 0, duration: 1 } }, 0.25, 1000, 1000).reveal).toEqual({ unit: 'word', share: 0.25 });
    expect(poseAt({ ...box, animation: { effect: 'words', delay: 0, duration: 1 } }, 0.5, 1000, 1000).reveal).toBeNull();
  });

  it('type on the lines the whole text takes, so nothing re-flows', () => {
    installNodeCanvas();
    registerBundledFonts();
    const el: Element = { ...createTextElement({ x: 0, y: 0, width: 300, height: 300, text: 'one two three four five six seven eight', fontSize: 40, fontFamily: 'Inter', verticalAlign: 'middle' }), id: 'caption', animation: { effect: 'words', delay: 0, duration: 1 } };
    const full = new Konva.Text({ id: 'caption', name: 'element', width: 300, height: 300, text: (el as { text: string }).text, fontSize: 40, fontFamily: 'Inter', wrap: 'word' });
    const lines = (full as unknown as { textArr: { text: string }[] }).textArr.map((l) => l.text);
    expect(lines.length).toBeGreaterThan(2);
    const root = new Konva.Group();
    const node = full.clone() as Konva.Text;
    root.add(node);
    applyEntrances(root, { elements: [el], width: 300, height: 300 }, 0.3);
    const shown = node.text().split('\n');
    // As many lines as the whole text (later ones empty), three of eight words shown.
    expect(shown).toHaveLength(lines.length);
    expect(shown.join(' ').split(/\s+/).filter(Boolean)).toEqual(['one', 'two', 'three']);
    expect(shown.slice(-1)[0]).toBe('');
  });
});

describe('keyframes and frames', () => {
  it('move in a straight line between keyframes and stay at the ends outside them', () => {
    const keys = [
      { t: 2, x: 100, y: 0 },
      { t: 0, x: 0, y: 0 },
    ];
    expect(keyframePosition(keys, -1)).toEqual({ x: 0, y: 0 });
    expect(keyframePosition(keys, 1)).toEqual({ x: 50, y: 0 });
    expect(keyframePosition(keys, 5)).toEqual({ x: 100, y: 0 });
    expect(upsertKeyframe(keys, { t: 2.001, x: 7, y: 7 })).toEqual([{ t: 0, x: 0, y: 0 }, { t: 2.001, x: 7, y: 7 }]);
    const design = captionedClip();
    const moved = placedAt(design, 0.45).elements.find((e) => e.id === 'blur')!;
    expect(moved.x).toBeCloseTo((design.elements[2]!.keyframes![0]!.x + design.elements[2]!.keyframes![1]!.x) / 2, 5);
  });

  it("picks the animated photo's frame by its delays, looping", () => {
    const a = { delays: [100, 300, 100] };
    expect([0, 0.099, 0.1, 0.39, 0.4, 0.5, 0.55].map((t) => frameIndexAt(a, t))).toEqual([0, 0, 1, 1, 2, 0, 0]);
    expect(frameTimes(1, 15)).toHaveLength(15);
  });

  it('last long enough for everything, or one loop of a captioned GIF', () => {
    const design = captionedClip({ motion: undefined });
    expect(suggestedDuration({ elements: [] }, 2.4)).toBe(2.4);
    expect(suggestedDuration(design)).toBe(Math.max(2, 0.9 + 1.5));
    expect(timelineOf({ elements: [], motion: { duration: 4, end: 'hold' } })).toEqual({ duration: 4, end: 'hold' });
  });
});

describe('a GIF that holds its last frame', () => {
  let encoder: ReturnType<typeof createNodeEncoder>;
  beforeAll(async () => {
    const clip = squareGif();
    encoder = createNodeEncoder({ images: await decodeImages({ clip }), animations: await decodeAnimations({ clip }) });
  });

  it('plays once (no loop extension) instead of looping forever', async () => {
    const loop = await exportMotion(captionedClip(), squarePreset(), { format: 'gif', fps: 10 }, encoder);
    const hold = await exportMotion(captionedClip({ motion: { duration: 1, end: 'hold' } }), squarePreset(), { format: 'gif', fps: 10 }, encoder);
    expect(new GifReader(loop.bytes).loopCount()).toBe(0);
    expect(new GifReader(hold.bytes).loopCount()).toBeNull();
    expect(hold.motion!.loop).toBe(false);
  });
});
