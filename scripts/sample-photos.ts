// Draws the sample photos in assets/samples/ with @napi-rs/canvas: simple illustrated scenes
// (silhouettes on gradient skies) that stand in for a volunteer's own photo. Deterministic, so
// re-running gives the same files. Run: npx tsx scripts/sample-photos.ts
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAMPLE_PHOTOS, type SamplePhotoId } from '../core/templates/samples';

const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'samples');

/** Small seeded generator so the scenes are the same on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sky(ctx: SKRSContext2D, w: number, h: number, stops: [number, string][]): void {
  const g = ctx.createLinearGradient(0, 0, 0, h);
  for (const [at, color] of stops) g.addColorStop(at, color);
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, w, h);
}

function glow(ctx: SKRSContext2D, x: number, y: number, r: number, color: string): void {
  const g = ctx.createRadialGradient(x, y, 0, x, y, r);
  g.addColorStop(0, color);
  g.addColorStop(1, 'rgba(255,255,255,0)');
  ctx.fillStyle = g;
  ctx.fillRect(x - r, y - r, r * 2, r * 2);
}

/** A head-and-shoulders silhouette standing at (x, baseY). */
function person(ctx: SKRSContext2D, x: number, baseY: number, scale: number): void {
  const head = 26 * scale;
  ctx.beginPath();
  ctx.arc(x, baseY - 150 * scale, head, 0, Math.PI * 2);
  ctx.fill();
  ctx.beginPath();
  ctx.roundRect(x - 52 * scale, baseY - 118 * scale, 104 * scale, 200 * scale, 44 * scale);
  ctx.fill();
}

function sign(ctx: SKRSContext2D, x: number, top: number, scale: number, tilt: number): void {
  ctx.save();
  ctx.translate(x, top);
  ctx.rotate(tilt);
  ctx.fillRect(-4 * scale, 0, 8 * scale, 150 * scale);
  ctx.fillRect(-62 * scale, -70 * scale, 124 * scale, 80 * scale);
  ctx.restore();
}

function rally(ctx: SKRSContext2D, w: number, h: number): void {
  sky(ctx, w, h, [[0, '#2b1d4f'], [0.45, '#c8435a'], [0.75, '#f39a5b'], [1, '#f7c978']]);
  glow(ctx, w * 0.68, h * 0.72, h * 0.55, 'rgba(255,220,160,0.75)');
  const rand = rng(7);
  for (const [row, color, scale] of [[0, '#3a2348', 0.75], [1, '#241735', 0.95], [2, '#150d22', 1.2]] as const) {
    ctx.fillStyle = color;
    const base = h * (0.86 + row * 0.07);
    for (let x = -40; x < w + 60; x += 70 * scale + rand() * 40) {
      person(ctx, x, base + rand() * 20, scale * (0.9 + rand() * 0.25));
      if (row > 0 && rand() < 0.22) sign(ctx, x + 10, base - 320 * scale, scale * 0.8, (rand() - 0.5) * 0.25);
    }
  }
}

function city(ctx: SKRSContext2D, w: number, h: number): void {
  sky(ctx, w, h, [[0, '#0d1b3d'], [0.55, '#24467a'], [0.85, '#5d7fb0'], [1, '#e8a87c']]);
  glow(ctx, w * 0.25, h * 0.9, h * 0.45, 'rgba(255,190,140,0.45)');
  const rand = rng(11);
  for (const [layer, color, minH, maxH] of [[0, '#1a2c52', 0.25, 0.55], [1, '#0f1a33', 0.2, 0.45]] as const) {
    let x = -20;
    while (x < w) {
      const bw = 60 + rand() * 110;
      const bh = h * (minH + rand() * (maxH - minH));
      ctx.fillStyle = color;
      ctx.fillRect(x, h - bh, bw, bh);
      if (layer === 1) {
        for (let wy = h - bh + 18; wy < h - 16; wy += 26)
          for (let wx = x + 12; wx < x + bw - 14; wx += 22) {
            if (rand() < 0.32) {
              ctx.fillStyle = rand() < 0.5 ? 'rgba(255,214,140,0.85)' : 'rgba(255,236,200,0.6)';
              ctx.fillRect(wx, wy, 9, 13);
            }
          }
      }
      x += bw + 4 + rand() * 10;
    }
  }
}

function portrait(ctx: SKRSContext2D, w: number, h: number): void {
  sky(ctx, w, h, [[0, '#f6d3b3'], [0.6, '#e48f72'], [1, '#9c3d54']]);
  glow(ctx, w * 0.3, h * 0.25, w * 0.7, 'rgba(255,245,225,0.7)');
  ctx.fillStyle = '#2a1a2e';
  const cx = w * 0.52;
  ctx.beginPath();
  ctx.ellipse(cx, h * 0.42, w * 0.17, h * 0.17, 0, 0, Math.PI * 2);
  ctx.fill();
  ctx.beginPath();
  ctx.moveTo(cx - w * 0.06, h * 0.55);
  ctx.lineTo(cx + w * 0.06, h * 0.55);
  ctx.lineTo(cx + w * 0.08, h * 0.64);
  ctx.bezierCurveTo(cx + w * 0.42, h * 0.68, cx + w * 0.46, h * 0.8, cx + w * 0.48, h);
  ctx.lineTo(cx - w * 0.48, h);
  ctx.bezierCurveTo(cx - w * 0.46, h * 0.8, cx - w * 0.42, h * 0.68, cx - w * 0.08, h * 0.64);
  ctx.closePath();
  ctx.fill();
}

function meeting(ctx: SKRSContext2D, w: number, h: number): void {
  sky(ctx, w, h, [[0, '#f3ead8'], [1, '#d9c6a5']]);
  glow(ctx, w * 0.5, h * 0.1, w * 0.6, 'rgba(255,255,240,0.8)');
  const rand = rng(5);
  ctx.fillStyle = '#c9a77c';
  ctx.beginPath();
  ctx.ellipse(w / 2, h * 0.68, w * 0.3, h * 0.13, 0, 0, Math.PI * 2);
  ctx.fill();
  const colors = ['#14254A', '#C8102E', '#2f5d62', '#6b4e71', '#d98c3f', '#3d405b'];
  for (let i = 0; i < 9; i++) {
    const a = Math.PI * (1.05 + (i / 8) * 0.9);
    const x = w / 2 + Math.cos(a) * w * 0.38;
    const y = h * 0.72 + Math.sin(a) * h * 0.25;
    ctx.fillStyle = colors[i % colors.length]!;
    person(ctx, x, y + 40, 0.9 + rand() * 0.15);
  }
  for (let i = 0; i < 4; i++) {
    const x = w * (0.18 + i * 0.21);
    ctx.fillStyle = colors[(i + 3) % colors.length]!;
    person(ctx, x, h * 1.08, 1.35);
  }
}

const painters: Record<SamplePhotoId, (ctx: SKRSContext2D, w: number, h: number) => void> = { 'sample-rally': rally, 'sample-city': city, 'sample-portrait': portrait, 'sample-meeting': meeting };

mkdirSync(outDir, { recursive: true });
for (const [id, info] of Object.entries(SAMPLE_PHOTOS) as [SamplePhotoId, (typeof SAMPLE_PHOTOS)[SamplePhotoId]][]) {
  const canvas = createCanvas(info.width, info.height);
  painters[id](canvas.getContext('2d'), info.width, info.height);
  const target = join(outDir, info.file);
  writeFileSync(`${target}.tmp`, canvas.toBuffer('image/png'));
  renameSync(`${target}.tmp`, target);
  console.log(`wrote ${target}`);
}
