// The editor's canvas interactions, driven like a designer would: real pointer and keyboard
// input in Chromium against the production renderer. Element state is read back from the Konva
// nodes the editor draws (they mirror the document) and from the panels.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { decodePng, launchApp, snap, solidPng, type PlacardApp, type QueuedDialogs } from './harness';

interface NodeInfo {
  id: string;
  cls: string;
  x: number;
  y: number;
  width: number;
  height: number;
  rotation: number;
  visible: boolean;
  children: number;
}

/** Top-level element nodes on the page, bottom of the stack first. */
function nodes(page: Page): Promise<NodeInfo[]> {
  return page.evaluate(() => {
    const K = (window as unknown as { Konva: any }).Konva;
    const pageGroup = K.stages[0].findOne('.page');
    return pageGroup
      .getChildren()
      .filter((n: any) => n.hasName('element'))
      .map((n: any) => ({
        id: n.id(),
        cls: n.getClassName(),
        x: n.x(),
        y: n.y(),
        width: n.getClassName() === 'Group' ? 0 : n.width(),
        height: n.getClassName() === 'Group' ? 0 : n.height(),
        rotation: n.rotation(),
        visible: n.visible(),
        children: n.getClassName() === 'Group' ? n.getChildren().length : 0,
      }));
  });
}

/** Page-space boxes of every drawn shape (groups' children included), keyed by id. */
function absoluteBoxes(page: Page): Promise<Record<string, { x: number; y: number; width: number; height: number }>> {
  return page.evaluate(() => {
    const K = (window as unknown as { Konva: any }).Konva;
    const pageGroup = K.stages[0].findOne('.page');
    const out: Record<string, { x: number; y: number; width: number; height: number }> = {};
    for (const n of pageGroup.find('.element')) if (n.getClassName() !== 'Group') out[n.id()] = n.getClientRect({ relativeTo: pageGroup, skipStroke: true });
    return out;
  });
}

function guideKinds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const K = (window as unknown as { Konva: any }).Konva;
    return K.stages[0].find('.snap-guide').map((n: any) => n.name().split(' ').find((x: string) => x.startsWith('snap-guide-')));
  });
}

async function view(page: Page) {
  const canvas = page.getByTestId('canvas');
  const box = (await canvas.boundingBox())!;
  const zoom = Number(await canvas.getAttribute('data-zoom'));
  const [ox, oy] = (await canvas.getAttribute('data-offset'))!.split(',').map(Number) as [number, number];
  return { box, zoom, ox, oy, at: (x: number, y: number) => ({ x: box.x + ox + x * zoom, y: box.y + oy + y * zoom }) };
}

const selectedLayers = (page: Page) =>
  page.locator('li[data-testid^="layer-"][aria-selected="true"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('layer-'.length)));

async function setField(page: Page, testId: string, value: number) {
  const input = page.getByTestId('right-panel').getByTestId(testId);
  await input.fill(String(value));
  await input.press('Tab');
}

/** Inserts a shape from the left panel and places it through the inspector; returns its id. */
async function addShape(page: Page, action: string, box: { x: number; y: number; width: number; height: number }): Promise<string> {
  const before = new Set((await nodes(page)).map((n) => n.id));
  await page.getByTestId('left-panel').locator(`[data-action="${action}"]`).click();
  const created = (await nodes(page)).find((n) => !before.has(n.id));
  expect(created, `${action} added an element`).toBeTruthy();
  await setField(page, 'prop-width', box.width);
  await setField(page, 'prop-height', box.height);
  await setField(page, 'prop-x', box.x);
  await setField(page, 'prop-y', box.y);
  await expect.poll(async () => (await nodes(page)).find((n) => n.id === created!.id)?.x).toBe(box.x);
  return created!.id;
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, hold?: () => Promise<void>) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + (to.x - from.x) / 3, from.y + (to.y - from.y) / 3, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  if (hold) await hold();
  await page.mouse.up();
}

/** File > New from the native menu; an unsaved design asks first, and the test discards it. */
async function newDesign(app: PlacardApp<QueuedDialogs>) {
  const page = app.page;
  await app.menu('file.new');
  const discard = page.getByTestId('confirm-discard');
  for (let i = 0; i < 50; i++) {
    if (await discard.isVisible()) await discard.click();
    else if ((await nodes(page)).length === 0 && (await page.getByTestId('modal').count()) === 0) return;
    await page.waitForTimeout(100);
  }
  throw new Error('File > New did not give an empty design');
}

const byId = async (page: Page, id: string) => (await nodes(page)).find((n) => n.id === id)!;

describe('editor canvas interactions', () => {
  let app: PlacardApp<QueuedDialogs>;
  let page: Page;

  beforeAll(async () => {
    app = await launchApp();
    page = app.page;
    await page.getByTestId('canvas').waitFor({ state: 'visible' });
    await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url.replace(/\/$/, '') });
  });

  afterAll(async () => {
    await app?.close();
  });

  beforeEach(async () => {
    await page.keyboard.press('Escape');
    await newDesign(app);
    await page.locator('[data-testid="toolbar"] [data-action="view.fit"]').click();
  });

  it("puts the page's shadow under the page as the browser's own, following it when the view zooms, and leaves it out of the canvas's redraws", async () => {
    // Where the page sits on screen, from Konva, and where its shadow's box is.
    const boxes = () =>
      page.evaluate(() => {
        const stage = (window as unknown as { Konva: { stages: { findOne(s: string): { getClientRect(): { x: number; y: number; width: number; height: number } }; container(): HTMLElement; find(s: string): { shadowEnabled(): boolean; shadowBlur(): number }[] }[] } }).Konva.stages[0]!;
        const origin = stage.container().getBoundingClientRect();
        const r = stage.findOne('.page').getClientRect();
        const shadow = document.querySelector('[data-testid="canvas"] .page-shadow')!.getBoundingClientRect();
        const blurred = stage.find('Shape').filter((n) => n.shadowEnabled() && n.shadowBlur() > 0).length;
        return { page: [origin.x + r.x, origin.y + r.y, r.width, r.height].map(Math.round), shadow: [shadow.x, shadow.y, shadow.width, shadow.height].map(Math.round), blurred, css: getComputedStyle(document.querySelector('.page-shadow')!).boxShadow };
      });
    const before = await boxes();
    expect(before.shadow).toEqual(before.page);
    expect(before.blurred).toBe(0);
    expect(before.css).toContain('24px');
    await app.menu('view.zoomIn');
    await expect.poll(async () => (await boxes()).page[2]).toBeGreaterThan(before.page[2]!);
    const after = await boxes();
    expect(after.shadow).toEqual(after.page);
  });

  it('selects by click, Shift-click, marquee, select all and Tab', async () => {
    const a = await addShape(page, 'insert.rect', { x: 100, y: 100, width: 120, height: 120 });
    const b = await addShape(page, 'insert.rect', { x: 400, y: 120, width: 120, height: 120 });
    const c = await addShape(page, 'insert.rect', { x: 700, y: 700, width: 120, height: 120 });
    const v = await view(page);
    const center = (x: number, y: number) => v.at(x + 60, y + 60);

    await page.mouse.click(center(100, 100).x, center(100, 100).y);
    expect(await selectedLayers(page)).toEqual([a]);
    await page.keyboard.down('Shift');
    await page.mouse.click(center(400, 120).x, center(400, 120).y);
    await page.keyboard.up('Shift');
    expect((await selectedLayers(page)).sort()).toEqual([a, b].sort());

    // A click on empty page clears; a marquee around A and B selects just those.
    const empty = v.at(600, 500);
    await page.mouse.click(empty.x, empty.y);
    expect(await selectedLayers(page)).toEqual([]);
    await drag(page, v.at(60, 60), v.at(560, 300));
    expect((await selectedLayers(page)).sort()).toEqual([a, b].sort());

    await page.keyboard.press('Control+a');
    expect((await selectedLayers(page)).sort()).toEqual([a, b, c].sort());
    await page.keyboard.press('Escape');
    expect(await selectedLayers(page)).toEqual([]);

    // Tab walks the stack from the bottom; Shift+Tab walks back.
    await page.mouse.click(empty.x, empty.y);
    await page.keyboard.press('Tab');
    expect(await selectedLayers(page)).toEqual([a]);
    await page.keyboard.press('Tab');
    expect(await selectedLayers(page)).toEqual([b]);
    await page.keyboard.press('Shift+Tab');
    expect(await selectedLayers(page)).toEqual([a]);
    // Past the top of the stack Tab leaves the canvas, so the keyboard is never trapped there.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await selectedLayers(page)).toEqual([c]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="canvas"]'))).toBe(false);
    expect(await selectedLayers(page)).toEqual([c]);
  });

  it('drags as one undo step, snapping with guides to the canvas center and to other elements; Alt suspends snapping', async () => {
    const a = await addShape(page, 'insert.rect', { x: 100, y: 100, width: 100, height: 100 });
    await addShape(page, 'insert.rect', { x: 700, y: 800, width: 200, height: 100 });
    const v = await view(page);

    // Center of A dragged to 3 design px right of the canvas center: it lands centered.
    let seen: string[] = [];
    await drag(page, v.at(150, 150), v.at(543, 350), async () => {
      seen = await guideKinds(page);
    });
    expect(seen).toContain('snap-guide-canvas');
    expect((await byId(page, a)).x).toBe(490);
    expect(await guideKinds(page)).toEqual([]);

    // Left edge of A dragged next to B's left edge (700): snaps there, with an edge guide.
    await drag(page, v.at(540, 350), v.at(540 + 212 - 2, 350), async () => {
      seen = await guideKinds(page);
    });
    expect(seen).toContain('snap-guide-edge');
    expect((await byId(page, a)).x).toBe(700);

    // With Alt held the same kind of near miss is left alone and no guides show.
    await page.keyboard.down('Alt');
    await drag(page, v.at(750, 350), v.at(750 - 205, 350), async () => {
      seen = await guideKinds(page);
    });
    await page.keyboard.up('Alt');
    expect(seen).toEqual([]);
    const free = (await byId(page, a)).x;
    expect(free).not.toBe(490);
    expect(Math.abs(free - 495)).toBeLessThanOrEqual(2);

    // Each drag is exactly one undo step.
    await page.keyboard.press('Control+z');
    expect((await byId(page, a)).x).toBe(700);
    await page.keyboard.press('Control+z');
    expect((await byId(page, a)).x).toBe(490);
    await page.keyboard.press('Control+Shift+z');
    expect((await byId(page, a)).x).toBe(700);
  });

  it('nudges 1 px with arrows and 10 px with Shift, and a burst undoes in one step', async () => {
    const a = await addShape(page, 'insert.rect', { x: 100, y: 100, width: 50, height: 50 });
    await page.getByTestId('canvas').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(async () => [(await byId(page, a)).x, (await byId(page, a)).y]).toEqual([102, 120]);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => [(await byId(page, a)).x, (await byId(page, a)).y]).toEqual([100, 100]);
  });

  it('resizes with the handles, keeps the aspect ratio with Shift, and rotates with the rotation handle', async () => {
    const a = await addShape(page, 'insert.rect', { x: 300, y: 300, width: 200, height: 100 });
    const anchor = async (name: string) => {
      const p = await page.evaluate((n) => {
        const K = (window as unknown as { Konva: any }).Konva;
        return K.stages[0].findOne('Transformer').findOne(`.${n}`).getAbsolutePosition();
      }, name);
      const box = (await page.getByTestId('canvas').boundingBox())!;
      return { x: box.x + p.x, y: box.y + p.y };
    };
    const v = await view(page);
    const corner = await anchor('bottom-right');
    await drag(page, corner, { x: corner.x + 100 * v.zoom, y: corner.y + 10 * v.zoom });
    let n = await byId(page, a);
    expect(Math.abs(n.width - 300)).toBeLessThanOrEqual(2);
    expect(Math.abs(n.height - 110)).toBeLessThanOrEqual(2);
    await page.keyboard.press('Control+z');
    expect((await byId(page, a)).width).toBe(200);

    const corner2 = await anchor('bottom-right');
    await page.keyboard.down('Shift');
    await drag(page, corner2, { x: corner2.x + 100 * v.zoom, y: corner2.y + 10 * v.zoom });
    await page.keyboard.up('Shift');
    n = await byId(page, a);
    expect(n.width).toBeGreaterThan(250);
    expect(n.width / n.height).toBeCloseTo(2, 1);
    await page.keyboard.press('Control+z');

    // The rotation handle sits above the top edge; swinging it to the right of the center turns 90 degrees.
    const rot = await anchor('rotater');
    const mid = v.at(400, 350);
    await drag(page, rot, { x: mid.x + 200, y: mid.y });
    expect(Math.round((await byId(page, a)).rotation)).toBe(90);
    expect(await page.getByTestId('prop-rotation').inputValue()).toBe('90');
  });

  it("snaps a resize handle to another element's edge, with a guide", async () => {
    const a = await addShape(page, 'insert.rect', { x: 200, y: 300, width: 300, height: 100 });
    await addShape(page, 'insert.rect', { x: 700, y: 600, width: 100, height: 100 });
    await page.getByTestId(`layer-${a}`).click();
    const p = await page.evaluate(() => {
      const K = (window as unknown as { Konva: any }).Konva;
      return K.stages[0].findOne('Transformer').findOne('.middle-right').getAbsolutePosition();
    });
    const box = (await page.getByTestId('canvas').boundingBox())!;
    const v = await view(page);
    const from = { x: box.x + p.x, y: box.y + p.y };
    let seen: string[] = [];
    // Right edge 500 -> about 697: within reach of the other rectangle's left edge at 700.
    await drag(page, from, { x: from.x + 197 * v.zoom, y: from.y }, async () => {
      seen = await guideKinds(page);
    });
    expect(seen).toContain('snap-guide-edge');
    expect((await byId(page, a)).width).toBe(500);
    expect(await guideKinds(page)).toEqual([]);
  });

  it('scales a group with its handles: children keep their layout, scaled, in one undo step', async () => {
    const a = await addShape(page, 'insert.rect', { x: 100, y: 100, width: 100, height: 50 });
    const b = await addShape(page, 'insert.ellipse', { x: 300, y: 200, width: 100, height: 100 });
    await page.getByTestId('canvas').focus();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+g');
    const before = await absoluteBoxes(page);
    const corner = await page.evaluate(() => {
      const K = (window as unknown as { Konva: any }).Konva;
      return K.stages[0].findOne('Transformer').findOne('.bottom-right').getAbsolutePosition();
    });
    const box = (await page.getByTestId('canvas').boundingBox())!;
    const v = await view(page);
    const from = { x: box.x + corner.x, y: box.y + corner.y };
    // Group bounds 100..400 x 100..300: dragging the corner by +300/+200 doubles it.
    await page.keyboard.down('Shift');
    await drag(page, from, { x: from.x + 300 * v.zoom, y: from.y + 200 * v.zoom });
    await page.keyboard.up('Shift');
    const after = await absoluteBoxes(page);
    for (const id of [a, b]) {
      expect(Math.abs(after[id]!.x - (100 + (before[id]!.x - 100) * 2))).toBeLessThanOrEqual(3);
      expect(Math.abs(after[id]!.width - before[id]!.width * 2)).toBeLessThanOrEqual(3);
      expect(Math.abs(after[id]!.height - before[id]!.height * 2)).toBeLessThanOrEqual(3);
    }
    // The group node carries no scale: it was baked into the children.
    const top = await nodes(page);
    expect(top).toHaveLength(1);
    expect(await page.evaluate(() => (window as unknown as { Konva: any }).Konva.stages[0].findOne('.page').findOne('.element-group').scaleX())).toBe(1);
    await page.keyboard.press('Control+z');
    const undone = await absoluteBoxes(page);
    expect(undone[a]!.width).toBeCloseTo(before[a]!.width, 3);
  });

  it('shows shared values for a multi-selection, "Mixed" where they differ, and sets a field on all at once', async () => {
    const a = await addShape(page, 'insert.rect', { x: 100, y: 100, width: 120, height: 80 });
    const b = await addShape(page, 'insert.rect', { x: 400, y: 100, width: 120, height: 60 });
    await page.getByTestId(`layer-${a}`).click();
    await page.getByTestId(`layer-${b}`).click({ modifiers: ['Shift'] });
    const panel = page.getByTestId('right-panel');
    await panel.getByTestId('multi-section').waitFor();
    expect(await panel.getByTestId('prop-x').inputValue()).toBe('');
    expect(await panel.getByTestId('prop-x').getAttribute('placeholder')).toBe('Mixed');
    expect(await panel.getByTestId('prop-y').inputValue()).toBe('100');
    expect(await panel.getByTestId('prop-width').inputValue()).toBe('120');
    expect(await panel.getByTestId('prop-height').inputValue()).toBe('');
    await panel.getByTestId('prop-height').fill('90');
    await panel.getByTestId('prop-height').press('Enter');
    await expect.poll(async () => [(await byId(page, a)).height, (await byId(page, b)).height]).toEqual([90, 90]);
    expect(await panel.getByTestId('prop-height').inputValue()).toBe('90');
    await page.getByTestId('canvas').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(async () => [(await byId(page, a)).height, (await byId(page, b)).height]).toEqual([80, 60]);
  });

  it('zooms with Ctrl+wheel about the pointer, fits with Ctrl+0, shows 100% with Ctrl+1, and pans with Space-drag and the middle button', async () => {
    await addShape(page, 'insert.rect', { x: 500, y: 500, width: 80, height: 80 });
    const canvas = page.getByTestId('canvas');
    const fit = Number(await canvas.getAttribute('data-zoom'));
    const v = await view(page);
    const pointer = v.at(540, 540);
    await page.mouse.move(pointer.x, pointer.y);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -240);
    await page.keyboard.up('Control');
    await expect.poll(async () => Number(await canvas.getAttribute('data-zoom'))).toBeGreaterThan(fit * 1.3);
    // The design point under the pointer stayed under it.
    const v2 = await view(page);
    const same = v2.at(540, 540);
    expect(Math.abs(same.x - pointer.x)).toBeLessThanOrEqual(2);
    expect(Math.abs(same.y - pointer.y)).toBeLessThanOrEqual(2);

    await canvas.focus();
    await page.keyboard.press('Control+1');
    await expect.poll(async () => Number(await canvas.getAttribute('data-zoom'))).toBe(1);
    await page.keyboard.press('Control+0');
    await expect.poll(async () => Number(await canvas.getAttribute('data-zoom'))).toBeCloseTo(fit, 3);

    const start = await view(page);
    const empty = { x: start.box.x + 20, y: start.box.y + 20 };
    await page.keyboard.down('Space');
    await drag(page, empty, { x: empty.x + 60, y: empty.y + 40 });
    await page.keyboard.up('Space');
    const panned = await view(page);
    expect([panned.ox - start.ox, panned.oy - start.oy]).toEqual([60, 40]);

    await page.mouse.move(empty.x, empty.y);
    await page.mouse.down({ button: 'middle' });
    await page.mouse.move(empty.x - 30, empty.y + 10, { steps: 5 });
    await page.mouse.up({ button: 'middle' });
    const panned2 = await view(page);
    expect([panned2.ox - panned.ox, panned2.oy - panned.oy]).toEqual([-30, 10]);
    // The selection did not change while panning.
    expect((await nodes(page)).length).toBe(1);
  });

  it('aligns, distributes, restacks, groups and ungroups without moving anything unexpectedly', async () => {
    const a = await addShape(page, 'insert.rect', { x: 100, y: 100, width: 100, height: 100 });
    const b = await addShape(page, 'insert.ellipse', { x: 300, y: 180, width: 100, height: 60 });
    const c = await addShape(page, 'insert.rect', { x: 800, y: 140, width: 50, height: 150 });
    await page.getByTestId('canvas').focus();
    await page.keyboard.press('Control+a');
    await page.getByTestId('right-panel').locator('[data-action="align.top"]').click();
    expect((await nodes(page)).map((n) => n.y)).toEqual([100, 100, 100]);
    await page.getByTestId('right-panel').locator('[data-action="distribute.horizontal"]').click();
    // Span 100..850 with widths 100+100+50 -> gaps of 250: B moves to 450.
    expect((await byId(page, b)).x).toBe(450);

    const before = await absoluteBoxes(page);
    await page.keyboard.press('Control+g');
    let top = await nodes(page);
    expect(top).toHaveLength(1);
    expect(top[0]).toMatchObject({ cls: 'Group', children: 3 });
    const grouped = await absoluteBoxes(page);
    for (const id of [a, b, c]) for (const k of ['x', 'y', 'width', 'height'] as const) expect(grouped[id]![k]).toBeCloseTo(before[id]![k], 3);

    // Move the group, then ungroup: children land where the group took them.
    await page.getByTestId('canvas').focus();
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Control+Shift+g');
    top = await nodes(page);
    expect(top.map((n) => n.id)).toEqual([a, b, c]);
    expect((await byId(page, a)).x).toBe(110);

    // Stacking: C to the back, then A forward one step.
    await page.keyboard.press('Escape');
    const v = await view(page);
    const cc = v.at(835, 175);
    await page.mouse.click(cc.x, cc.y);
    await page.keyboard.press('Control+Shift+[');
    expect((await nodes(page)).map((n) => n.id)).toEqual([c, a, b]);
    await page.keyboard.press('Control+]');
    expect((await nodes(page)).map((n) => n.id)).toEqual([a, c, b]);
    await page.keyboard.press('Control+Shift+]');
    expect((await nodes(page)).map((n) => n.id)).toEqual([a, b, c]);
  });

  it('copies, cuts and pastes within a design and into a new one, through the system clipboard too', async () => {
    const a = await addShape(page, 'insert.star', { x: 200, y: 200, width: 160, height: 160 });
    await page.getByTestId('canvas').focus();
    await page.keyboard.press('Control+c');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(JSON.parse(text)).toMatchObject({ marker: 'placard/elements@1', elements: [{ id: a, type: 'shape', shape: 'star' }] });

    // Pasting reads the clipboard asynchronously, hence the polls.
    const count = async () => (await nodes(page)).length;
    await page.keyboard.press('Control+v');
    await expect.poll(count).toBe(2);
    let all = await nodes(page);
    expect([all[1]!.x, all[1]!.y]).toEqual([220, 220]);
    await page.keyboard.press('Control+x');
    await expect.poll(count).toBe(1);
    await page.keyboard.press('Control+v');
    await expect.poll(count).toBe(2);

    await page.keyboard.press('Control+d');
    await expect.poll(count).toBe(3);

    // A new design (another document) accepts the paste.
    await newDesign(app);
    await page.getByTestId('canvas').focus();
    await page.keyboard.press('Control+v');
    await expect.poll(count).toBe(1);
    all = await nodes(page);
    expect(all[0]!.cls).toBe('Shape');
  });

  it('pastes an image from the system clipboard and accepts image files dropped on the canvas', async () => {
    const red = solidPng(40, 20, { r: 220, g: 20, b: 30, a: 255 });
    await page.evaluate(async (bytes) => {
      const blob = new Blob([new Uint8Array(bytes)], { type: 'image/png' });
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    }, Array.from(red));
    await page.getByTestId('canvas').focus();
    await page.keyboard.press('Control+v');
    await expect.poll(async () => (await nodes(page)).length).toBe(1);
    expect(await page.locator('li[data-testid^="layer-"]').count()).toBe(1);

    const v = await view(page);
    const at = v.at(800, 800);
    const dataTransfer = await page.evaluateHandle((bytes) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], 'dropped.png', { type: 'image/png' }));
      return dt;
    }, Array.from(solidPng(30, 30, { r: 20, g: 160, b: 60, a: 255 })));
    const canvas = page.getByTestId('canvas');
    await canvas.dispatchEvent('dragover', { dataTransfer, clientX: at.x, clientY: at.y });
    await canvas.dispatchEvent('drop', { dataTransfer, clientX: at.x, clientY: at.y });
    await expect.poll(async () => (await nodes(page)).length).toBe(2);
    const dropped = (await nodes(page))[1]!;
    // Centered on the drop point.
    expect(Math.abs(dropped.x + dropped.width / 2 - 800)).toBeLessThanOrEqual(2);
    expect(Math.abs(dropped.y + dropped.height / 2 - 800)).toBeLessThanOrEqual(2);

    // A file that is not an image is refused with a message, not added.
    const bogus = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['hello'], 'notes.png', { type: 'image/png' }));
      return dt;
    });
    await canvas.dispatchEvent('drop', { dataTransfer: bogus, clientX: at.x, clientY: at.y });
    await expect.poll(() => page.getByTestId('status-message').innerText()).toContain('notes.png');
    expect(await nodes(page)).toHaveLength(2);
  });

  it('runs actions from the right-click menu and the command palette, in English and Spanish', async () => {
    const a = await addShape(page, 'insert.rect', { x: 300, y: 300, width: 200, height: 200 });
    const v = await view(page);
    const p = v.at(400, 400);
    await page.mouse.click(p.x, p.y, { button: 'right' });
    const menu = page.getByTestId('context-menu');
    await menu.waitFor({ state: 'visible' });
    expect(await menu.locator('[data-action="edit.copy"]').isEnabled()).toBe(true);
    expect(await menu.locator('[data-action="arrange.ungroup"]').isDisabled()).toBe(true);
    await snap(page, 'editor-context-menu-en');
    await menu.locator('[data-action="edit.duplicate"]').click();
    await expect.poll(async () => (await nodes(page)).length).toBe(2);
    expect(await menu.count()).toBe(0);

    await page.keyboard.press('Control+k');
    const palette = page.getByTestId('command-palette');
    await palette.waitFor({ state: 'visible' });
    await page.getByTestId('palette-input').fill('bring front');
    await expect.poll(() => palette.locator('[data-action]').first().getAttribute('data-action')).toBe('arrange.front');
    await page.getByTestId('palette-input').fill('dupl');
    await snap(page, 'editor-palette-en');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await nodes(page)).length).toBe(3);
    expect(await palette.count()).toBe(0);

    await page.getByTestId('language-select').selectOption('es');
    await page.getByTestId(`layer-${a}`).click();
    await page.mouse.click(p.x, p.y, { button: 'right' });
    await expect.poll(() => menu.locator('[data-action="edit.duplicate"]').innerText()).toContain('Duplicar');
    await snap(page, 'editor-context-menu-es');
    await page.keyboard.press('Escape');
    expect(await menu.count()).toBe(0);
    await page.keyboard.press('Control+k');
    await page.getByTestId('palette-input').fill('agrup');
    await expect.poll(() => palette.locator('[data-action]').first().getAttribute('data-action')).toBe('arrange.group');
    await snap(page, 'editor-palette-es');
    await page.keyboard.press('Escape');
    await snap(page, 'editor-layers-es');
    await page.getByTestId('language-select').selectOption('en');
    await snap(page, 'editor-layers-en');
  });

  it('reorders layers by drag, renames, hides and shows, locks and unlocks from the layers panel', async () => {
    const a = await addShape(page, 'insert.rect', { x: 100, y: 100, width: 100, height: 100 });
    const b = await addShape(page, 'insert.ellipse', { x: 300, y: 100, width: 100, height: 100 });
    const c = await addShape(page, 'insert.bubble', { x: 500, y: 100, width: 200, height: 150 });
    expect((await nodes(page)).map((n) => n.id)).toEqual([a, b, c]);

    // The list shows the top first (c, b, a); drag a above c -> a becomes the top.
    await page.getByTestId(`layer-${a}`).dragTo(page.getByTestId(`layer-${c}`), { targetPosition: { x: 20, y: 2 } });
    await expect.poll(async () => (await nodes(page)).map((n) => n.id)).toEqual([b, c, a]);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await nodes(page)).map((n) => n.id)).toEqual([a, b, c]);

    await page.getByTestId(`layer-${b}`).dblclick();
    const input = page.getByTestId('rename-layer');
    await input.fill('Logo circle');
    await input.press('Enter');
    await expect.poll(() => page.getByTestId(`layer-${b}`).innerText()).toContain('Logo circle');

    await page.getByTestId(`visible-toggle-${c}`).click();
    expect((await byId(page, c)).visible).toBe(false);
    await page.getByTestId(`visible-toggle-${c}`).click();
    expect((await byId(page, c)).visible).toBe(true);

    const lock = page.getByTestId(`lock-toggle-${a}`);
    expect(await lock.getAttribute('aria-label')).toBe('Lock');
    await lock.click();
    await expect.poll(() => lock.getAttribute('aria-label')).toBe('Unlock');
    await page.getByTestId(`visible-toggle-${c}`).click();
    await snap(page, 'editor-layers-states-en');
    await page.getByTestId('language-select').selectOption('es');
    await expect.poll(() => lock.getAttribute('aria-label')).toBe('Desbloquear');
    await snap(page, 'editor-layers-states-es');
    await page.getByTestId('language-select').selectOption('en');
    await lock.click();
    await expect.poll(() => lock.getAttribute('aria-label')).toBe('Lock');
  });

  it('keeps more than 200 undo steps, across switching panels', async () => {
    await addShape(page, 'insert.rect', { x: 10, y: 10, width: 20, height: 20 });
    const base = (await nodes(page)).length;
    await page.getByTestId('canvas').focus();
    for (let i = 0; i < 205; i++) await page.keyboard.press('Control+d');
    expect((await nodes(page)).length).toBe(base + 205);
    const tabs = page.locator('[data-testid^="tab-"]');
    if ((await tabs.count()) > 1) {
      await tabs.nth(1).click();
      await tabs.nth(0).click();
    }
    await page.getByTestId('canvas').focus();
    for (let i = 0; i < 205; i++) await page.keyboard.press('Control+z');
    expect((await nodes(page)).length).toBe(base);
    await page.keyboard.press('Control+Shift+z');
    expect((await nodes(page)).length).toBe(base + 1);
  });

  it('inserts every new shape kind and a sticker, and exports them as drawn', async () => {
    const star = await addShape(page, 'insert.star', { x: 100, y: 100, width: 300, height: 300 });
    await addShape(page, 'insert.arrow', { x: 500, y: 100, width: 400, height: 160 });
    await addShape(page, 'insert.line', { x: 100, y: 600, width: 400, height: 20 });
    await addShape(page, 'insert.bubble', { x: 600, y: 500, width: 300, height: 250 });
    await addShape(page, 'insert.roundRect', { x: 100, y: 800, width: 300, height: 150 });
    const before = (await nodes(page)).length;
    await page.getByTestId('sticker-heart').click();
    await expect.poll(async () => (await nodes(page)).length).toBe(before + 1);
    await snap(page, 'editor-shapes-en');

    // Copy image (Ctrl+Shift+C) renders through the export pipeline at 1x onto the system clipboard.
    const copies = app.clipboardWrites.length;
    await page.getByTestId('canvas').focus();
    await page.keyboard.press('Control+Shift+c');
    await expect.poll(() => app.clipboardWrites.length).toBe(copies + 1);
    const png = decodePng(app.clipboardWrites.at(-1)!);
    expect([png.width, png.height]).toEqual([1080, 1080]);
    const hex = (p: { r: number; g: number; b: number }) => `#${[p.r, p.g, p.b].map((n) => n.toString(16).padStart(2, '0')).join('')}`;
    expect(hex(png.pixel(250, 250))).toBe('#f4b400'); // star center
    expect(hex(png.pixel(105, 105))).toBe('#ffffff'); // outside the star's points
    expect(hex(png.pixel(520, 180))).toBe('#111111'); // arrow shaft
    expect(hex(png.pixel(300, 610))).toBe('#111111'); // line
    expect(hex(png.pixel(250, 875))).toBe('#e63946'); // rounded rectangle
    expect(hex(png.pixel(101, 801))).toBe('#ffffff'); // its rounded corner
    expect((await byId(page, star)).cls).toBe('Shape');
  });
});
