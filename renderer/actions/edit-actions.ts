// Editing actions: clipboard, duplicate, nudge, selection cycling, stacking order, grouping,
// align/distribute, new shapes and the command palette. Every document change goes through the
// design store (commit / updateElements / deleteElements) so locks and undo apply everywhere.
import { ownValue } from '../../core/model/own';
import { canDelete, createImageElement, createQrElement, createShapeElement, findElement, type Design, type Element, type ShapeElement } from '../../core/model';
import { alignDeltas, distributeDeltas, type AlignMode } from '../../core/layout/align';
import { elementBounds } from '../../core/layout/geometry';
import { useDesignStore } from '../state/design-store';
import { useEditorStore } from '../state/editor-store';
import { useUiStore } from '../state/ui-store';
import { cloneElement, groupTopLevel, restack, topLevelIds, ungroupTopLevel, type StackMove } from '../state/arrange';
import {
  base64ToBytes,
  bytesToBase64,
  getAppClipboard,
  nextPasteOffset,
  readClip,
  samePayload,
  serializeClip,
  setAppClipboard,
  type ClipPayload,
} from '../state/clipboard';
import { importImageBytes, useImageStore } from '../assets/image-store';
import { sniffImageMime } from '../../core/bundle/image-sniff';
import { insertImageFromBytes } from './app-actions';
import { registerAction } from './registry';

const store = () => useDesignStore.getState();
const editor = () => useEditorStore.getState();
const doc = () => store().design;

/** Selected top-level elements, in stacking order (bottom first). */
export function selectedElements(): Element[] {
  const ids = new Set(editor().selectedIds);
  return doc().elements.filter((e) => ids.has(e.id));
}
const hasSelection = () => editor().selectedIds.length > 0;

function refuse(elementId: string, keys: string[]): void {
  useDesignStore.setState({ lastRefusal: { elementId, keys } });
}

/** An element whose lock forbids moving it: direct moves (drag, nudge, align) obey locks in every mode; authors unlock first. */
function moveLocked(els: readonly Element[]): Element | undefined {
  return els.find((e) => e.locks.move);
}

/** The position patches of a direct move, without the move-locked elements (the first one is named in the refusal). */
function movePatches(els: readonly Element[], position: (e: Element, i: number) => { x: number; y: number }): { id: string; patch: Partial<Element> }[] {
  const locked = moveLocked(els);
  if (locked) refuse(locked.id, ['move']);
  return els.flatMap((e, i) => (e.locks.move ? [] : [{ id: e.id, patch: position(e, i) }]));
}

// ---- clipboard --------------------------------------------------------------------------------

function payloadFor(els: readonly Element[]): ClipPayload {
  const assets: ClipPayload['assets'] = {};
  const loaded = useImageStore.getState().assets;
  const visit = (el: Element) => {
    if (el.type === 'image') {
      const info = ownValue(doc().assets, el.assetId);
      const bytes = loaded.get(el.assetId)?.bytes;
      if (info) assets[el.assetId] = { info, ...(bytes ? { data: bytesToBase64(bytes) } : {}) };
    }
    if (el.type === 'group') el.children.forEach(visit);
  };
  els.forEach(visit);
  return { marker: 'placard/elements@1', elements: els.map((e) => structuredClone(e)), assets };
}

/**
 * Copies the selection to the in-app clipboard and the system clipboard. `sink` is the clipboard
 * event's setData (keyboard and native menu: works without clipboard permissions); without it
 * (context menu, palette) the async Clipboard API is tried.
 */
export function copySelection(sink?: (text: string) => void): boolean {
  const els = selectedElements();
  if (!els.length) return false;
  const payload = payloadFor(els);
  setAppClipboard(payload);
  const text = serializeClip(payload);
  if (sink) sink(text);
  else
    void navigator.clipboard?.writeText(text).catch(() => {
      // The system clipboard may be unavailable (permissions, unfocused window); the in-app one still works.
    });
  editor().setStatus({ key: 'status.copied', params: { count: els.length }, tone: 'info' });
  return true;
}

export function cutSelection(sink?: (text: string) => void): boolean {
  const els = selectedElements();
  const allowed = els.filter((e) => canDelete(e));
  if (!allowed.length) {
    if (els[0]) refuse(els[0].id, ['delete']);
    return false;
  }
  editor().select(allowed.map((e) => e.id));
  copySelection(sink);
  const deleted = store().deleteElements(allowed.map((e) => e.id));
  editor().select(editor().selectedIds.filter((id) => !deleted.includes(id)));
  return true;
}

/** Points image elements (groups included) at the asset ids the bytes actually hashed to. */
function remapAssets(el: Element, ids: ReadonlyMap<string, string>): Element {
  if (el.type === 'image') return ids.has(el.assetId) ? { ...el, assetId: ids.get(el.assetId)! } : el;
  if (el.type === 'group') return { ...el, children: el.children.map((c) => remapAssets(c, ids)) };
  return el;
}

/** Adds the payload's elements (fresh ids, offset) and any images they need, as one undo step. */
export async function pastePayload(payload: ClipPayload, offset: number): Promise<void> {
  const infos: Record<string, Design['assets'][string]> = {};
  const renamed = new Map<string, string>();
  for (const [id, clip] of Object.entries(payload.assets)) {
    if (useImageStore.getState().images.has(id) || !clip.data) {
      infos[id] = clip.info;
      continue;
    }
    const bytes = base64ToBytes(clip.data);
    const mime = sniffImageMime(bytes);
    if (!mime) continue;
    // Asset ids are content hashes: trust the bytes, not the id the payload claims.
    const imported = await importImageBytes(bytes, mime, clip.info.name);
    infos[imported.id] = imported.info;
    if (imported.id !== id) renamed.set(id, imported.id);
  }
  const copies = payload.elements.map((e) => cloneElement(remapAssets(e, renamed), offset, offset));
  store().commit('history.paste', (d) => ({ ...d, assets: { ...infos, ...d.assets }, elements: [...d.elements, ...copies] }));
  editor().select(copies.map((c) => c.id));
}

async function readSystemClipboard(): Promise<{ payload?: ClipPayload; image?: { bytes: Uint8Array; mime: string } } | null> {
  try {
    if (!navigator.clipboard?.read) return null;
    const items = await navigator.clipboard.read();
    for (const item of items) {
      const imageType = item.types.find((t) => t.startsWith('image/'));
      if (imageType) return { image: { bytes: new Uint8Array(await (await item.getType(imageType)).arrayBuffer()), mime: imageType } };
      if (item.types.includes('text/plain')) {
        const payload = await readClip(await (await item.getType('text/plain')).text());
        if (payload) return { payload };
      }
    }
  } catch {
    // Permission refused or nothing readable: fall back to the in-app clipboard.
  }
  return null;
}

/** Pastes an image file/bytes as a new image element (checked by content, not by name). */
export function pasteImageBytes(bytes: Uint8Array, name: string): Promise<boolean> {
  return dropImageAt(bytes, name);
}

/** Adds an image centered on `at` (design pixels), e.g. where files were dropped; one undo step. */
export async function dropImageAt(bytes: Uint8Array, name: string, at?: { x: number; y: number }): Promise<boolean> {
  const mime = sniffImageMime(bytes);
  if (!mime) {
    editor().setStatus({ key: 'status.notAnImage', params: { name: name.slice(0, 80) }, tone: 'error' });
    return false;
  }
  if (!at) {
    await insertImageFromBytes(bytes, mime, name);
    return true;
  }
  const { id, info } = await importImageBytes(bytes, mime, name);
  const d = doc();
  const scale = Math.min((d.width * 0.6) / info.width, (d.height * 0.6) / info.height, 1);
  const width = Math.max(1, Math.round(info.width * scale));
  const height = Math.max(1, Math.round(info.height * scale));
  const el = createImageElement({ x: Math.round(at.x - width / 2), y: Math.round(at.y - height / 2), width, height, assetId: id, name: name.slice(0, 200) });
  store().commit('history.drop', (doc) => ({ ...doc, assets: { ...doc.assets, [id]: info }, elements: [...doc.elements, el] }));
  editor().select([el.id]);
  return true;
}

export async function paste(): Promise<void> {
  const system = await readSystemClipboard();
  if (system?.image) {
    await pasteImageBytes(system.image.bytes, 'pasted-image');
    return;
  }
  const inApp = getAppClipboard();
  const payload = system?.payload ?? inApp;
  if (!payload) return;
  // Pasting the same content again offsets further, so copies don't stack invisibly.
  const offset = samePayload(payload, inApp) ? nextPasteOffset() : 20;
  if (system?.payload && !samePayload(system.payload, inApp)) setAppClipboard(system.payload);
  await pastePayload(payload, offset);
}

/** Handles a DOM paste event (e.g. from the native Edit menu): images first, then Placard JSON. */
/** Pastes what this app last copied (when the system clipboard held nothing of ours). */
export async function pasteAppClipboard(): Promise<boolean> {
  const payload = getAppClipboard();
  if (!payload) return false;
  await pastePayload(payload, nextPasteOffset());
  return true;
}

export async function pasteFromEvent(data: DataTransfer): Promise<boolean> {
  const file = [...data.files].find((f) => f.type.startsWith('image/'));
  if (file) return pasteImageBytes(new Uint8Array(await file.arrayBuffer()), file.name || 'pasted-image');
  const payload = await readClip(data.getData('text/plain'));
  if (!payload) return false;
  await pastePayload(payload, samePayload(payload, getAppClipboard()) ? nextPasteOffset() : 20);
  return true;
}

export function duplicateSelection(): void {
  const els = selectedElements();
  if (!els.length) return;
  const copies = els.map((e) => cloneElement(e, 20, 20));
  store().commit('history.duplicate', (d) => ({ ...d, elements: [...d.elements, ...copies] }));
  editor().select(copies.map((c) => c.id));
}

// ---- moving -----------------------------------------------------------------------------------

export function nudge(dx: number, dy: number): void {
  const els = selectedElements();
  if (!els.length) return;
  const ids = els.map((e) => e.id);
  // One burst of key presses on the same selection is one undo step.
  store().updateElements(
    movePatches(els, (e) => ({ x: e.x + dx, y: e.y + dy })),
    'history.nudge',
    { mergeKey: `nudge:${ids.join(',')}` },
  );
}

export function alignSelection(mode: AlignMode): void {
  const els = selectedElements();
  if (!els.length) return;
  const d = doc();
  const rects = els.map(elementBounds);
  // One element aligns to the page; several align to each other.
  const deltas = alignDeltas(rects, mode, els.length === 1 ? { x: 0, y: 0, width: d.width, height: d.height } : undefined);
  store().updateElements(
    movePatches(els, (e, i) => ({ x: Math.round(e.x + deltas[i]!.dx), y: Math.round(e.y + deltas[i]!.dy) })),
    'history.align',
  );
}

export function distributeSelection(axis: 'x' | 'y'): void {
  const els = selectedElements();
  if (els.length < 3) return;
  const deltas = distributeDeltas(els.map(elementBounds), axis);
  store().updateElements(
    movePatches(els, (e, i) => ({ x: Math.round(e.x + deltas[i]!.dx), y: Math.round(e.y + deltas[i]!.dy) })),
    'history.distribute',
  );
}

export function restackSelection(move: StackMove): void {
  const els = selectedElements();
  if (!els.length) return;
  const locked = moveLocked(els);
  if (locked) return refuse(locked.id, ['order']);
  const ids = new Set(els.map((e) => e.id));
  store().commit('history.order', (d) => {
    const elements = restack(d.elements, ids, move);
    return elements.every((e, i) => e === d.elements[i]) ? d : { ...d, elements };
  });
}

export function groupSelection(): void {
  const els = selectedElements();
  const locked = moveLocked(els);
  if (locked) return refuse(locked.id, ['group']);
  const result = groupTopLevel(doc().elements, new Set(els.map((e) => e.id)));
  if (!result) return;
  store().commit('history.group', (d) => ({ ...d, elements: result.elements }));
  editor().select([result.group.id]);
}

export function ungroupSelection(): void {
  const groups = selectedElements().filter((e) => e.type === 'group');
  if (!groups.length) return;
  const locked = moveLocked(groups);
  if (locked) return refuse(locked.id, ['group']);
  const result = ungroupTopLevel(doc().elements, new Set(groups.map((g) => g.id)));
  store().commit('history.ungroup', (d) => ({ ...d, elements: result.elements }));
  editor().select(result.released);
}

export function cycleSelection(step: 1 | -1): void {
  const visible = doc().elements.filter((e) => e.visible);
  if (!visible.length) return;
  const current = editor().selectedIds.at(-1);
  const i = visible.findIndex((e) => e.id === current);
  const next = i < 0 ? (step > 0 ? 0 : visible.length - 1) : (i + step + visible.length) % visible.length;
  editor().select([visible[next]!.id]);
}

export function insertShapeKind(shape: ShapeElement['shape'], extra: Partial<ShapeElement> = {}): void {
  const d = doc();
  const side = Math.round(Math.min(d.width, d.height) * 0.3);
  const tall = shape === 'line' ? Math.max(4, Math.round(side / 24)) : shape === 'arrow' ? Math.round(side / 2.5) : side;
  const box = { x: Math.round((d.width - side) / 2), y: Math.round((d.height - tall) / 2), width: side, height: tall };
  const el = createShapeElement({ ...box, shape, ...extra });
  store().addElements([el]);
  editor().select([el.id]);
}

/** A QR code a quarter of the canvas's shorter side, centered; the inspector asks what it says. */
export function insertQrCode(): void {
  const d = doc();
  const side = Math.round(Math.min(d.width, d.height) * 0.25);
  const el = createQrElement({ x: Math.round((d.width - side) / 2), y: Math.round((d.height - side) / 2), width: side, height: side });
  store().addElements([el]);
  editor().select([el.id]);
}

/** Tab walks the selection only while the canvas has the keyboard. */
function canvasHasFocus(): boolean {
  return typeof document !== 'undefined' && !!document.activeElement?.closest?.('[data-testid="canvas"]');
}

/**
 * Whether Tab (step 1) or Shift+Tab (step -1) should walk the selection. At either end of the
 * stack it does not, so the key moves focus out of the canvas as usual (no keyboard trap).
 */
export function canCycle(step: 1 | -1): boolean {
  if (!canvasHasFocus()) return false;
  const visible = doc().elements.filter((e) => e.visible);
  if (!visible.length) return false;
  const current = editor().selectedIds.at(-1);
  const i = visible.findIndex((e) => e.id === current);
  return i < 0 || (step > 0 ? i < visible.length - 1 : i > 0);
}

export function registerEditActions(): void {
  const sel = () => hasSelection();
  // The keys arrive as the platform's copy/cut/paste events (see clipboard-events.ts), which also
  // serve Electron's native Edit menu roles and keep Ctrl+C/V working in text fields.
  registerAction({ id: 'edit.copy', labelKey: 'actions.copy', native: true, enabled: sel, run: () => void copySelection() });
  registerAction({ id: 'edit.cut', labelKey: 'actions.cut', native: true, enabled: sel, run: () => void cutSelection() });
  registerAction({ id: 'edit.paste', labelKey: 'actions.paste', native: true, run: paste });
  registerAction({ id: 'edit.duplicate', labelKey: 'actions.duplicate', enabled: sel, run: duplicateSelection });
  registerAction({ id: 'select.next', labelKey: 'actions.selectNext', enabled: () => canCycle(1), run: () => cycleSelection(1) });
  registerAction({ id: 'select.previous', labelKey: 'actions.selectPrevious', enabled: () => canCycle(-1), run: () => cycleSelection(-1) });
  const arrows = { Left: [-1, 0], Right: [1, 0], Up: [0, -1], Down: [0, 1] } as const;
  for (const [name, [x, y]] of Object.entries(arrows) as [keyof typeof arrows, readonly [number, number]][]) {
    registerAction({ id: `edit.nudge${name}`, labelKey: `actions.nudge${name}`, enabled: sel, run: () => nudge(x, y) });
    registerAction({ id: `edit.nudge${name}Far`, labelKey: `actions.nudge${name}Far`, enabled: sel, run: () => nudge(x * 10, y * 10) });
  }
  registerAction({ id: 'arrange.forward', labelKey: 'actions.bringForward', enabled: sel, run: () => restackSelection('forward') });
  registerAction({ id: 'arrange.backward', labelKey: 'actions.sendBackward', enabled: sel, run: () => restackSelection('backward') });
  registerAction({ id: 'arrange.front', labelKey: 'actions.bringToFront', enabled: sel, run: () => restackSelection('front') });
  registerAction({ id: 'arrange.back', labelKey: 'actions.sendToBack', enabled: sel, run: () => restackSelection('back') });
  registerAction({ id: 'arrange.group', labelKey: 'actions.group', enabled: () => selectedElements().length > 1, run: groupSelection });
  registerAction({
    id: 'arrange.ungroup',
    labelKey: 'actions.ungroup',
    enabled: () => selectedElements().some((e) => e.type === 'group'),
    run: ungroupSelection,
  });
  const aligns: [AlignMode, string][] = [
    ['left', 'alignLeft'],
    ['hcenter', 'alignCenter'],
    ['right', 'alignRight'],
    ['top', 'alignTop'],
    ['vcenter', 'alignMiddle'],
    ['bottom', 'alignBottom'],
  ];
  for (const [mode, key] of aligns) registerAction({ id: `align.${mode}`, labelKey: `actions.${key}`, enabled: sel, run: () => alignSelection(mode) });
  registerAction({ id: 'distribute.horizontal', labelKey: 'actions.distributeHorizontal', enabled: () => selectedElements().length > 2, run: () => distributeSelection('x') });
  registerAction({ id: 'distribute.vertical', labelKey: 'actions.distributeVertical', enabled: () => selectedElements().length > 2, run: () => distributeSelection('y') });
  registerAction({ id: 'insert.roundRect', labelKey: 'actions.addRoundRect', run: () => insertShapeKind('rect', { cornerRadius: 40 }) });
  registerAction({ id: 'insert.line', labelKey: 'actions.addLine', run: () => insertShapeKind('line', { fill: '#111111' }) });
  registerAction({ id: 'insert.arrow', labelKey: 'actions.addArrow', run: () => insertShapeKind('arrow', { fill: '#111111' }) });
  registerAction({ id: 'insert.star', labelKey: 'actions.addStar', run: () => insertShapeKind('star', { fill: '#f4b400' }) });
  registerAction({ id: 'insert.qr', labelKey: 'actions.addQr', run: insertQrCode });
  registerAction({ id: 'insert.bubble', labelKey: 'actions.addBubble', run: () => insertShapeKind('bubble', { fill: '#ffffff', stroke: '#111111', strokeWidth: 6 }) });
  registerAction({ id: 'view.palette', labelKey: 'actions.commandPalette', run: () => useUiStore.getState().setPaletteOpen(true) });
  registerAction({
    id: 'layer.toggleVisible',
    labelKey: 'actions.toggleVisible',
    enabled: sel,
    run: () => {
      const els = selectedElements();
      const show = els.some((e) => !e.visible);
      store().updateElements(els.map((e) => ({ id: e.id, patch: { visible: show } })), 'history.visibility');
    },
  });
  registerAction({ id: 'layer.toggleLock', labelKey: 'actions.toggleLock', enabled: () => sel() && store().authorMode, run: () => toggleLock(editor().selectedIds) });
}

/** Locks or unlocks elements entirely (authors only: volunteers may never lift a template lock). */
export function toggleLock(ids: readonly string[]): void {
  if (!store().authorMode) {
    if (ids[0]) refuse(ids[0], ['locks']);
    return;
  }
  const els = ids.map((id) => findElement(doc().elements, id)).filter((e): e is Element => !!e);
  if (!els.length) return;
  const lock = !els.every((e) => Object.values(e.locks).every(Boolean));
  const locks = { move: lock, resize: lock, delete: lock, content: lock, style: lock };
  store().updateElements(els.map((e) => ({ id: e.id, patch: { locks } })), lock ? 'history.lock' : 'history.unlock');
}

export { topLevelIds };
