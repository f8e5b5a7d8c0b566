import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getPreset, MiB, PRESET_IDS, PRESETS, presetsFor, resolvePresetSize, safeZoneFor } from '../../../../core/presets';

// Copied by hand from shared/PRESETS.md (id, width, height): the data must agree with the doc.
const TABLE: Array<[string, number, number]> = [
  ['facebook-post-landscape', 1200, 630],
  ['facebook-post-square', 1080, 1080],
  ['facebook-post-portrait', 1080, 1350],
  ['facebook-story', 1080, 1920],
  ['facebook-cover', 1702, 630],
  ['facebook-event-cover', 1920, 1005],
  ['facebook-group-cover', 1640, 856],
  ['facebook-profile', 720, 720],
  ['x-post', 1600, 900],
  ['x-post-portrait', 1080, 1350],
  ['x-header', 1500, 500],
  ['x-profile', 400, 400],
  ['x-card', 1200, 600],
  ['instagram-square', 1080, 1080],
  ['instagram-portrait', 1080, 1350],
  ['instagram-story', 1080, 1920],
  ['linkedin-post', 1200, 627],
  ['linkedin-banner', 1584, 396],
  ['threads-post', 1080, 1350],
  ['bluesky-post', 2000, 2000],
  ['mastodon-post', 1920, 1080],
  ['whatsapp-status', 1080, 1920],
  ['youtube-thumbnail', 1280, 720],
];

// The print table of shared/PRESETS.md (id, trim width and height, unit): design pixels are 150 per inch.
const PRINT_TABLE: Array<[string, number, number, 'in' | 'mm']> = [
  ['print-letter', 8.5, 11, 'in'],
  ['print-legal', 8.5, 14, 'in'],
  ['print-tabloid', 11, 17, 'in'],
  ['print-half-letter', 5.5, 8.5, 'in'],
  ['print-a4', 210, 297, 'mm'],
  ['print-a3', 297, 420, 'mm'],
  ['print-a5', 148, 210, 'mm'],
  ['print-postcard', 4, 6, 'in'],
  ['print-door-hanger', 4.25, 11, 'in'],
  ['sign-18x24', 18, 24, 'in'],
  ['sign-22x28', 22, 28, 'in'],
  ['sign-24x36', 24, 36, 'in'],
];
const inches = (v: number, unit: 'in' | 'mm') => (unit === 'mm' ? v / 25.4 : v);

const inside = (r: { x: number; y: number; width: number; height: number }, w: number, h: number) =>
  r.x >= 0 && r.y >= 0 && r.width > 0 && r.height > 0 && r.x + r.width <= w + 1e-9 && r.y + r.height <= h + 1e-9;

describe('built-in presets', () => {
  it('hold every row of PRESETS.md with its id and size, and nothing else', () => {
    expect(PRESETS.filter((p) => !p.print).map((p) => [p.id, p.width, p.height])).toEqual(TABLE);
    expect(PRESETS.filter((p) => p.print).map((p) => p.id)).toEqual(PRINT_TABLE.map(([id]) => id));
    for (const [id, w, h, unit] of PRINT_TABLE) {
      const p = getPreset(id)!;
      expect(p.print!.widthIn, id).toBeCloseTo(inches(w, unit), 9);
      expect(p.print!.heightIn, id).toBeCloseTo(inches(h, unit), 9);
      expect([p.width, p.height], id).toEqual([Math.round(inches(w, unit) * 150), Math.round(inches(h, unit) * 150)]);
      expect(p.platform).toBe('print');
    }
    // The door hanger keeps its die-cut hole clear, 2 in across near the top, and the corner its
    // slit runs through, from the hole at 45 degrees up to the top edge (0.79 in each way).
    expect(getPreset('print-door-hanger')!.safeZone.covered).toEqual([
      { x: 169, y: 75, width: 300, height: 300 },
      { x: 425, y: 0, width: 119, height: 119 },
    ]);
    const slit = getPreset('print-door-hanger')!.print!.dieCuts![1]!;
    expect(slit.shape === 'slit' && [slit.x1, slit.y1, slit.x2, slit.y2].map((n) => Math.round(n * 1000) / 1000)).toEqual([2.832, 0.793, 3.625, 0]);
    expect(new Set(PRESET_IDS).size).toBe(PRESETS.length);
  });

  it('have byte limits in bytes as each platform means them', () => {
    expect(getPreset('bluesky-post')!.byteLimit).toBe(1_000_000);
    expect(getPreset('mastodon-post')!.byteLimit).toBe(16 * 1024 * 1024);
    expect(MiB).toBe(1_048_576);
    expect(getPreset('facebook-post-square')!.byteLimit).toBe(8_000_000);
    expect(getPreset('facebook-story')!.byteLimit).toBe(30_000_000);
    expect(getPreset('x-post')!.byteLimit).toBe(5_000_000);
    expect(getPreset('x-profile')!.byteLimit).toBe(2_000_000);
    expect(getPreset('youtube-thumbnail')!.byteLimit).toBe(2_000_000);
    expect(getPreset('whatsapp-status')!.byteLimit).toBe(16_000_000);
    expect(getPreset('facebook-cover')!.softByteLimit).toBe(100_000);
    for (const p of PRESETS) expect(p.byteLimit, p.id).toBeGreaterThan(p.softByteLimit ?? 0);
  });

  it('have alt-text rules per platform', () => {
    expect(getPreset('x-post')!.altText).toEqual({ max: 1000, warnAbove: null });
    expect(getPreset('mastodon-post')!.altText.max).toBe(1500);
    expect(getPreset('bluesky-post')!.altText.max).toBe(2000);
    for (const p of [...presetsFor('facebook'), ...presetsFor('instagram')]) expect(p.altText.warnAbove, p.id).toBe(125);
  });

  it('have label keys, sane minimums, accepted formats and safe zones inside the canvas', () => {
    for (const p of PRESETS) {
      expect(p.labelKey).toBe(`presets.${p.id}`);
      expect(p.minWidth).toBeLessThanOrEqual(p.width);
      expect(p.minHeight).toBeLessThanOrEqual(p.height);
      expect(p.minWidth).toBeGreaterThanOrEqual(p.width / 2);
      expect(p.formats.some((f) => f === 'jpeg' || f === 'png' || f === 'webp'), p.id).toBe(true);
      expect(inside(p.safeZone.area, p.width, p.height), p.id).toBe(true);
      for (const r of p.safeZone.covered) expect(inside(r, p.width, p.height), p.id).toBe(true);
    }
  });

  it('encode the documented safe zones', () => {
    expect(getPreset('facebook-story')!.safeZone.area).toEqual({ x: 0, y: 250, width: 1080, height: 1330 });
    expect(getPreset('whatsapp-status')!.safeZone.area).toEqual({ x: 0, y: 250, width: 1080, height: 1420 });
    const ig = getPreset('instagram-story')!.safeZone.area;
    expect(ig.y).toBeCloseTo(1920 * 0.14, 0);
    expect(1920 - ig.y - ig.height).toBeCloseTo(1920 * 0.35, 0);
    expect(ig.x).toBeCloseTo(1080 * 0.06, 0);
    const cover = getPreset('facebook-cover')!.safeZone.area;
    expect([cover.width, cover.height]).toEqual([1280, 624]);
    expect(cover.x * 2 + cover.width).toBe(1702);
    expect(getPreset('x-header')!.safeZone.area).toMatchObject({ x: 150, width: 1200, height: 500 });
    expect(getPreset('x-header')!.safeZone.covered).toHaveLength(1);
    expect(getPreset('youtube-thumbnail')!.safeZone.covered[0]!.x + getPreset('youtube-thumbnail')!.safeZone.covered[0]!.width).toBe(1280);
    expect(getPreset('facebook-profile')!.safeZone.circle).toEqual({ cx: 360, cy: 360, r: 360 });
    expect(getPreset('x-profile')!.safeZone.circle).toEqual({ cx: 200, cy: 200, r: 200 });
    expect(PRESETS.filter((p) => p.safeZone.circle).map((p) => p.id)).toEqual(['facebook-profile', 'x-profile']);
  });

  it('have an English and a Spanish label for every preset', () => {
    const en = JSON.parse(readFileSync(new URL('../../../../renderer/i18n/en.json', import.meta.url), 'utf8'));
    const es = JSON.parse(readFileSync(new URL('../../../../renderer/i18n/es.json', import.meta.url), 'utf8'));
    for (const p of PRESETS) {
      expect(typeof en.presets?.[p.id], p.id).toBe('string');
      expect(typeof es.presets?.[p.id], p.id).toBe('string');
    }
  });
});

describe('resolvePresetSize', () => {
  it('gives fixed presets their size, times the export scale', () => {
    const p = getPreset('facebook-post-landscape')!;
    expect(resolvePresetSize(p, { width: 500, height: 2000 })).toEqual({ width: 1200, height: 630 });
    expect(resolvePresetSize(p, undefined, 2)).toEqual({ width: 2400, height: 1260 });
  });

  it('keeps the design ratio for Bluesky, never past 2000 on the long side', () => {
    const p = getPreset('bluesky-post')!;
    expect(resolvePresetSize(p, { width: 1080, height: 1350 })).toEqual({ width: 1600, height: 2000 });
    expect(resolvePresetSize(p, { width: 1600, height: 900 })).toEqual({ width: 2000, height: 1125 });
    expect(resolvePresetSize(p, { width: 1080, height: 1080 }, 2)).toEqual({ width: 2000, height: 2000 });
  });

  it('keeps Mastodon within 3840x2160 worth of pixels', () => {
    const p = getPreset('mastodon-post')!;
    expect(resolvePresetSize(p, { width: 1600, height: 900 })).toEqual({ width: 1920, height: 1080 });
    const big = resolvePresetSize(p, { width: 1000, height: 1000 }, 4);
    expect(big.width * big.height).toBeLessThanOrEqual(3840 * 2160);
    expect(big.width).toBe(big.height);
    expect(big.width).toBeGreaterThan(2800);
  });
});

describe('safeZoneFor', () => {
  it('maps the zone proportionally and keeps circles round', () => {
    const story = safeZoneFor(getPreset('facebook-story')!, 540, 960);
    expect(story.area).toEqual({ x: 0, y: 125, width: 540, height: 665 });
    const profile = safeZoneFor(getPreset('x-profile')!, 800, 400);
    expect(profile.circle).toEqual({ cx: 400, cy: 200, r: 200 });
  });
});
