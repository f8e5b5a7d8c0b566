// Benchmark: drag one element across a stage of 300 mixed elements in the real editor (built
// renderer in Chromium), against the same drag in raw Konva (no React, no snapping) on a clone of
// the same nodes in the same page. Prints one line on stdout:
//   BENCH drag <median frame ms> ms ratio=<editor/raw> vs=<raw median ms>
// and the medians and 95th percentiles of both on stderr.
//
// A "frame" is the main-thread work one pointer move causes: handling the event (drag, snapping,
// React updates to the guides) plus the canvas redraw in the next animation frame. The wait for
// vsync is excluded, so the number measures our code, not the display rate.
// Stderr also gives the wall time per pointer move, from the event until the frame that shows it
// has been painted (a task queued from that frame's animation callback runs after its paint):
// what the user waits, vsync included, for the editor and raw Konva, with their ratio.
import { createImageElement, createShapeElement, createTextElement, type Element } from '../core/model';
import { launchApp, solidPng } from '../tests/e2e/harness';

const ELEMENTS = 300;
const STEPS = 120;
const ROUNDS = 3;

function mixedElements(assetId: string): Element[] {
  const out: Element[] = [];
  const kinds = ['rect', 'ellipse', 'star', 'arrow', 'bubble', 'line'] as const;
  for (let i = 0; i < ELEMENTS; i++) {
    const x = 20 + ((i * 137) % 1000);
    const y = 20 + ((i * 89) % 1000);
    const fill = `#${(((i * 2654435761) >>> 8) & 0xffffff).toString(16).padStart(6, '0')}`;
    if (i % 5 === 0) out.push(createTextElement({ x, y, width: 220, height: 60, text: `Organize ${i}`, fontSize: 28, fill }));
    else if (i % 10 === 3) out.push(createImageElement({ x, y, width: 80, height: 60, assetId }));
    else out.push(createShapeElement({ x, y, width: 60 + (i % 5) * 10, height: 50 + (i % 7) * 6, shape: kinds[i % kinds.length]!, fill, rotation: (i % 4) * 15 }));
  }
  return out;
}

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1)))]!;
  return { median: at(0.5), p95: at(0.95) };
}

async function main() {
  const app = await launchApp({ viewport: { width: 1440, height: 900 } });
  try {
    const { page } = app;
    await page.getByTestId('canvas').waitFor({ state: 'visible' });
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url.replace(/\/$/, '') });

    // Fill the stage through the app's own paste path (system clipboard JSON with the image bytes).
    const png = solidPng(64, 48, { r: 40, g: 120, b: 200, a: 255 });
    const assetId = 'a'.repeat(64);
    const elements = mixedElements(assetId);
    const payload = {
      marker: 'placard/elements@1',
      elements,
      assets: { [assetId]: { info: { mime: 'image/png', name: 'tile.png', width: 64, height: 48 }, data: Buffer.from(png).toString('base64') } },
    };
    await page.evaluate((text) => navigator.clipboard.writeText(text), JSON.stringify(payload));
    await page.getByTestId('canvas').focus();
    await page.keyboard.press('Control+v');
    await page.waitForFunction((n) => (window as any).Konva.stages[0].findOne('.page').find('.element').length >= n, ELEMENTS);
    await page.keyboard.press('Escape');

    // tsx keeps function names with a __name helper that the page does not have.
    await page.evaluate('globalThis.__name = (fn) => fn');
    const result = await page.evaluate(
      async ({ steps, rounds }) => {
        const K = (window as any).Konva;
        const editorStage = K.stages[0];
        const pageGroup = editorStage.findOne('.page');
        const container: HTMLElement = editorStage.container();
        const hostBox = container.getBoundingClientRect();
        const frame = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
        const settle = async () => {
          for (let i = 0; i < 3; i++) await frame();
        };
        // Work the app defers after a change (warning checks, recovery copy) must not land inside
        // either measurement: wait it out before every drag.
        const quiet = () => new Promise((r) => setTimeout(r, 1500));

        // The topmost shape is the one to drag (nothing covers it, so the pointer hits it).
        const target = pageGroup.getChildren().filter((n: any) => n.hasName('element-shape')).at(-1);
        const targetId: string = target.id();

        async function dragOn(stage: any, nodeId: string): Promise<{ samples: number[]; walls: number[] }> {
          const node = stage.findOne(`#${nodeId}`);
          const box = node.getClientRect();
          const rect = stage.content.getBoundingClientRect();
          const start = { x: rect.left + box.x + box.width / 2, y: rect.top + box.y + box.height / 2 };
          const opts = (x: number, y: number, buttons: number) => ({ clientX: x, clientY: y, button: 0, buttons, bubbles: true, cancelable: true, view: window });
          stage.content.dispatchEvent(new MouseEvent('mousedown', opts(start.x, start.y, 1)));
          await settle();
          const samples: number[] = [];
          const walls: number[] = [];
          const afterPaint = () => new Promise<number>((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0)));
          const before = node.getAbsolutePosition();
          let moved = 0;
          for (let i = 1; i <= steps; i++) {
            // Across the page and partly back, so the dragged shape passes many others.
            const t = i / steps;
            const x = start.x + Math.sin(t * Math.PI) * 520;
            const y = start.y + (t - 0.5) * 160;
            let tA = 0;
            requestAnimationFrame(() => (tA = performance.now()));
            const t0 = performance.now();
            // Mouse events, as a mouse produces them: Konva's drag follows window mousemove.
            stage.content.dispatchEvent(new MouseEvent('mousemove', opts(x, y, 1)));
            // Let queued microtasks (React's synchronous store updates) run before stopping the clock.
            await Promise.resolve();
            await Promise.resolve();
            const t1 = performance.now();
            const painted = afterPaint();
            const tB = await frame();
            const tP = await painted;
            if (i > 5) {
              samples.push(t1 - t0 + (tB - tA));
              walls.push(tP - t0);
            }
            if (i === Math.round(steps / 2)) moved = Math.abs(stage.findOne(`#${nodeId}`).getAbsolutePosition().x - before.x);
          }
          // A benchmark of a drag that did not happen would be meaningless.
          if (moved < 100) throw new Error(`the element did not follow the pointer (moved ${moved.toFixed(1)} px)`);
          const end = opts(start.x, start.y, 0);
          stage.content.dispatchEvent(new MouseEvent('mouseup', end));
          await settle();
          return { samples, walls };
        }

        async function rawKonva(): Promise<{ samples: number[]; walls: number[] }> {
          // The same nodes, cloned into a plain Konva stage over the editor, without React or handlers.
          const host = document.createElement('div');
          Object.assign(host.style, { position: 'fixed', left: `${hostBox.left}px`, top: `${hostBox.top}px`, width: `${hostBox.width}px`, height: `${hostBox.height}px`, zIndex: '1000', background: '#eef0f4' });
          document.body.appendChild(host);
          const stage = new K.Stage({ container: host, width: hostBox.width, height: hostBox.height });
          const layer = new K.Layer();
          stage.add(layer);
          const clone = pageGroup.clone();
          for (const n of [clone, ...clone.find('*')]) {
            n.eventListeners = {};
            n.draggable(false);
          }
          layer.add(clone);
          clone.findOne(`#${targetId}`).draggable(true);
          layer.draw();
          await settle();
          try {
            return await dragOn(stage, targetId);
          } finally {
            stage.destroy();
            host.remove();
          }
        }

        const editor: number[] = [];
        const raw: number[] = [];
        const editorWall: number[] = [];
        const rawWall: number[] = [];
        for (let r = 0; r < rounds; r++) {
          await quiet();
          const k = await rawKonva();
          raw.push(...k.samples);
          rawWall.push(...k.walls);
          await quiet();
          const e = await dragOn(editorStage, targetId);
          editor.push(...e.samples);
          editorWall.push(...e.walls);
        }
        return { editor, raw, editorWall, rawWall, elements: pageGroup.find('.element').length };
      },
      { steps: STEPS, rounds: ROUNDS },
    );

    if (app.pageErrors.length) throw new Error(`page errors during the benchmark:\n${app.pageErrors.join('\n')}`);
    const e = stats(result.editor);
    const r = stats(result.raw);
    console.error(
      `drag over ${result.elements} elements, ${result.editor.length} frames each: editor median ${e.median.toFixed(2)} ms p95 ${e.p95.toFixed(2)} ms; ` +
        `raw Konva median ${r.median.toFixed(2)} ms p95 ${r.p95.toFixed(2)} ms; p95 ratio ${(e.p95 / r.p95).toFixed(2)}`,
    );
    const ew = stats(result.editorWall);
    const rw = stats(result.rawWall);
    console.error(`wall time per pointer move, until painted: editor median ${ew.median.toFixed(2)} ms p95 ${ew.p95.toFixed(2)} ms; raw Konva median ${rw.median.toFixed(2)} ms p95 ${rw.p95.toFixed(2)} ms; ratio ${(ew.median / rw.median).toFixed(2)}`);
    console.log(`BENCH drag ${e.median.toFixed(2)} ms ratio=${(e.median / r.median).toFixed(2)} vs=${r.median.toFixed(2)}`);
  } finally {
    await app.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
