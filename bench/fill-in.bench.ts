// Benchmark: typing into a fill-in field. 200 characters typed one at a time into the headline
// slot of a built-in template in the real editor (built renderer in Chromium), against the same
// characters typed into a plain textarea on the same page (no handlers: the browser's own cost of
// a keystroke). Prints one line on stdout:
//   BENCH fill-in <median ms per keystroke> ms ratio=<editor/plain> vs=<plain median ms>
// and the medians and 95th percentiles on stderr.
//
// "Main-thread time per keystroke" is the renderer main thread's task time (the DevTools protocol's
// TaskDuration metric) from the key until two frames later: the input event, React's update, the
// canvas redraw and the browser's style, layout and paint. Waiting for vsync is not work and is
// not counted. Work the app defers past typing (warning checks, the recovery copy) waits for a
// pause and is outside the measure, as it is outside the typist's way.
import type { CDPSession, Page } from 'playwright-core';
import { launchApp } from '../tests/e2e/harness';

const TEMPLATE = 'announce-contract-win';
const SLOT = 'title';
const CHARACTERS = 200;
const ROUNDS = 3;
const TEXT = 'Home care workers win raises, paid sick days and a voice on the job after a two year fight ';

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1)))]!;
  return { median: at(0.5), p95: at(0.95) };
}

const PARTS = ['TaskDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration'] as const;
type Part = (typeof PARTS)[number];

async function taskSeconds(cdp: CDPSession): Promise<Record<Part, number>> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(PARTS.map((p) => [p, metrics.find((m) => m.name === p)?.value ?? 0])) as Record<Part, number>;
}

/** Types CHARACTERS characters into the focused field, one keystroke at a time; the main-thread ms of each. */
async function typeInto(page: Page, cdp: CDPSession, select: string): Promise<Record<Part, number>[]> {
  const field = page.locator(select);
  await field.fill('');
  await field.focus();
  await page.waitForTimeout(800);
  const samples: Record<Part, number>[] = [];
  for (let i = 0; i < CHARACTERS; i++) {
    const before = await taskSeconds(cdp);
    await page.keyboard.insertText(TEXT[i % TEXT.length]!);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
    const after = await taskSeconds(cdp);
    samples.push(Object.fromEntries(PARTS.map((p) => [p, (after[p] - before[p]) * 1000])) as Record<Part, number>);
  }
  const typed = await field.inputValue();
  if (typed.length !== CHARACTERS) throw new Error(`${select} holds ${typed.length} characters, not ${CHARACTERS}`);
  return samples;
}

async function main() {
  const app = await launchApp({ viewport: { width: 1440, height: 900 } });
  try {
    const { page } = app;
    await page.getByTestId('canvas').locator('canvas').first().waitFor();
    await page.getByTestId('tab-templates').click();
    await page.getByTestId(`template-card-${TEMPLATE}`).locator('.template-thumb').click();
    await page.getByTestId(`slot-text-${SLOT}`).waitFor();
    // The baseline: a plain textarea of the same size in the same page, outside React.
    await page.evaluate(() => {
      const plain = document.createElement('textarea');
      plain.id = 'bench-plain';
      Object.assign(plain.style, { position: 'fixed', left: '8px', bottom: '40px', width: '240px', height: '60px', zIndex: '1000', font: '13px sans-serif' });
      document.body.appendChild(plain);
    });
    // tsx keeps function names with a __name helper that the page does not have.
    await page.evaluate('globalThis.__name = (fn) => fn');
    const cdp = await app.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const editor: Record<Part, number>[] = [];
    const plain: Record<Part, number>[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      plain.push(...(await typeInto(page, cdp, '#bench-plain')));
      editor.push(...(await typeInto(page, cdp, `[data-testid=slot-text-${SLOT}]`)));
    }
    // The canvas must show what was typed, or the benchmark measured nothing.
    const shown = await page.evaluate((id) => {
      const node = (window as any).Konva.stages[0].findOne(`#${id}`);
      const text = node?.getClassName() === 'Text' ? node : node?.findOne?.('Text');
      return text?.text();
    }, SLOT);
    if (typeof shown !== 'string' || !shown.replace(/\s+/g, ' ').toLowerCase().includes(TEXT.slice(0, 20).toLowerCase())) throw new Error(`the canvas does not show the typed text (it shows ${JSON.stringify(shown)})`);
    if (app.pageErrors.length) throw new Error(`page errors during the benchmark:\n${app.pageErrors.join('\n')}`);
    const e = stats(editor.map((x) => x.TaskDuration));
    const p = stats(plain.map((x) => x.TaskDuration));
    console.error(`fill-in: ${editor.length} keystrokes each; editor median ${e.median.toFixed(2)} ms p95 ${e.p95.toFixed(2)} ms; plain textarea median ${p.median.toFixed(2)} ms p95 ${p.p95.toFixed(2)} ms`);
    const parts = (xs: Record<Part, number>[]) => PARTS.slice(1).map((k) => `${k.replace('Duration', '')} ${stats(xs.map((x) => x[k])).median.toFixed(2)}`).join(', ');
    console.error(`  medians, editor: ${parts(editor)}; plain: ${parts(plain)} (ms)`);
    console.log(`BENCH fill-in ${e.median.toFixed(2)} ms ratio=${(e.median / p.median).toFixed(2)} vs=${p.median.toFixed(2)}`);
  } finally {
    await app.close();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
