import { describe, expect, it } from 'vitest';
import { prepareSnapTargets, snapMove } from '../../../../core/layout/snapping';

const canvas = { width: 1000, height: 800 };

describe('snapMove', () => {
  it('snaps a box near the canvas center to the center and shows a center guide', () => {
    const r = snapMove({ x: 447, y: 100, width: 100, height: 50 }, [], { threshold: 5, canvas });
    expect(r.dx).toBe(3);
    expect(r.guides).toContainEqual({ axis: 'x', pos: 500, from: 0, to: 800, kind: 'canvas' });
  });

  it('does nothing beyond the threshold', () => {
    const r = snapMove({ x: 430, y: 313, width: 100, height: 50 }, [], { threshold: 5, canvas });
    expect(r).toEqual({ dx: 0, dy: 0, guides: [], spacing: [] });
  });

  it("snaps to another element's edge, picking the closest candidate, with a guide spanning both", () => {
    const far = { x: 600, y: 300, width: 100, height: 100 }; // left edge 3 px away
    const near = { x: 498, y: 20, width: 100, height: 30 }; // right edge (598) 1 px away
    const r = snapMove({ x: 597, y: 120, width: 50, height: 40 }, [far, near], { threshold: 6, canvas });
    expect(r.dx).toBe(1);
    expect(r.guides).toContainEqual({ axis: 'x', pos: 598, from: 20, to: 160, kind: 'edge' });
  });

  it('aligns centers to centers', () => {
    const other = { x: 100, y: 100, width: 200, height: 200 }; // center 200,200
    const r = snapMove({ x: 173, y: 480, width: 50, height: 50 }, [other], { threshold: 4, canvas });
    expect(r.dx).toBe(2);
    expect(r.guides.some((g) => g.axis === 'x' && g.pos === 200 && g.kind === 'center')).toBe(true);
  });

  it('snaps to equal spacing after two neighbours in a row', () => {
    const a = { x: 0, y: 100, width: 100, height: 50 };
    const b = { x: 150, y: 100, width: 100, height: 50 }; // gap 50
    const r = snapMove({ x: 303, y: 110, width: 80, height: 30 }, [a, b], { threshold: 5, canvas });
    expect(r.dx).toBe(-3); // lands at 300: gap 50 after b
    expect(r.spacing).toHaveLength(1);
    expect(r.spacing[0]!.gaps.map((g) => g.end - g.start)).toEqual([50, 50]);
  });

  it('centers between two neighbours with equal gaps', () => {
    const a = { x: 0, y: 0, width: 100, height: 100 };
    const b = { x: 400, y: 0, width: 100, height: 100 };
    const r = snapMove({ x: 201, y: 20, width: 100, height: 30 }, [a, b], { threshold: 3, canvas });
    expect(r.dx).toBe(-1);
    expect(r.spacing[0]!.gaps.map((g) => g.end - g.start)).toEqual([100, 100]);
  });
});

describe('a drag over one prepared index', () => {
  it('keeps the spacing row between moves only while it stays the same row: each move snaps as with a fresh index', () => {
    // Two rows of three boxes with equal gaps; the moving box walks down from the first row, between
    // them and into the second, then jumps back up: its row changes three times.
    const row = (y: number) => [0, 150, 300].map((x) => ({ x, y, width: 100, height: 50 }));
    const targets = [...row(100), ...row(400)];
    const index = prepareSnapTargets(targets);
    const opts = { threshold: 5, canvas };
    const seen: number[] = [];
    for (const y of [110, 120, 140, 170, 260, 380, 410, 430, 120]) {
      const moving = { x: 452, y, width: 80, height: 30 };
      const kept = snapMove(moving, index, opts);
      expect(kept).toEqual(snapMove(moving, targets, opts));
      seen.push(kept.spacing.length);
    }
    // Beside a row it snaps 50 after the last box, with its spacing marks; between the rows, none.
    expect(seen).toEqual([1, 1, 1, 0, 0, 1, 1, 1, 1]);
  });
});

describe('guides', () => {
  it('draws one guide per line even when several elements share it, spanning them all', () => {
    const a = { x: 100, y: 0, width: 50, height: 50 };
    const b = { x: 100, y: 400, width: 80, height: 50 };
    const r = snapMove({ x: 102, y: 200, width: 30, height: 30 }, [a, b], { threshold: 4, canvas });
    const at100 = r.guides.filter((g) => g.axis === 'x' && g.pos === 100);
    expect(at100).toEqual([{ axis: 'x', pos: 100, from: 0, to: 450, kind: 'edge' }]);
  });
});
