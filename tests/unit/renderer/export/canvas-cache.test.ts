// Export canvases kept between images of the same size: handed out one drawing at a time, drawn
// on again from clean, capped, and freed after a quiet spell.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createCanvasCache } from '../../../../renderer/export/canvas-cache';
import { renderDesignOnto, renderDesignToCanvas } from '../../../../core/scene/builder';
import { createDesign, createShapeElement } from '../../../../core/model';
import { literalColors, type SceneContext } from '../../../../core/scene';
import { pixelsOf, setupNodeScene } from '../../core/scene/node-scene';

const ctx: SceneContext = { language: 'en', images: new Map(), color: literalColors } as unknown as SceneContext;

describe('export canvas cache', () => {
  beforeAll(() => setupNodeScene());
  afterEach(() => vi.useRealTimers());

  it('hands the same canvas back for the same size, a new one for another size or while lent', () => {
    const cache = createCanvasCache();
    const a = cache.take(300, 200, 1);
    expect([a._canvas.width, a._canvas.height]).toEqual([300, 200]);
    const whileLent = cache.take(300, 200, 1);
    expect(whileLent).not.toBe(a);
    expect(cache.give(a._canvas)).toBe(true);
    expect(cache.give(whileLent._canvas)).toBe(true);
    expect(cache.take(300, 200, 1)).toBe(a);
    expect(cache.take(300, 200, 2)._canvas.width).toBe(600);
    expect(cache.stats).toMatchObject({ made: 3, reused: 1 });
    // A canvas the cache never made is not taken in.
    expect(cache.give(renderDesignToCanvas(createDesign({ width: 10, height: 10 }), ctx))).toBe(false);
  });

  it('draws a design on a used canvas exactly as on a fresh one (what was there before is cleared)', () => {
    const cache = createCanvasCache();
    const first = createDesign({ width: 120, height: 80 });
    first.background.color = '#ff0000';
    const second = createDesign({ width: 120, height: 80 });
    second.background.color = 'transparent';
    second.elements = [createShapeElement({ shape: 'ellipse', x: 20, y: 10, width: 60, height: 50, fill: '#1d3557' })];
    const target = cache.take(120, 80, 1);
    renderDesignOnto(first, ctx, target);
    expect(pixelsOf(target._canvas).at(5, 5)).toEqual([255, 0, 0, 255]);
    cache.give(target._canvas);
    const again = cache.take(120, 80, 1);
    expect(again).toBe(target);
    renderDesignOnto(second, ctx, again);
    const reused = pixelsOf(again._canvas);
    const fresh = pixelsOf(renderDesignToCanvas(second, ctx));
    expect(reused.at(5, 5)).toEqual([0, 0, 0, 0]);
    expect(Buffer.from(reused.data).equals(Buffer.from(fresh.data))).toBe(true);
  });

  it('keeps at most its pixel cap of free canvases, and frees them all after a quiet spell', () => {
    vi.useFakeTimers();
    const cache = createCanvasCache(100 * 100 * 2, 1000);
    const canvases = [cache.take(100, 100, 1), cache.take(100, 100, 1), cache.take(100, 100, 1)];
    for (const c of canvases) cache.give(c._canvas);
    expect(cache.stats.freePixels).toBe(20_000);
    // The oldest was freed (its pixels released at once).
    expect(canvases[0]!._canvas.width).toBe(0);
    vi.advanceTimersByTime(1001);
    expect(cache.stats.freePixels).toBe(0);
    expect(canvases[2]!._canvas.width).toBe(0);
    // Larger than the cap: freed when given back.
    const huge = cache.take(200, 200, 1);
    cache.give(huge._canvas);
    expect(huge._canvas.width).toBe(0);
  });
});
