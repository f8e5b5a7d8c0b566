// Copy and paste of elements. The in-app clipboard holds elements with the bytes of the images
// they use, so pasting works across designs (a new design clears the image store). The same
// payload travels through the system clipboard as JSON (text/plain) so it reaches other windows.
import { assetSchema, elementSchema, type AssetInfo, type Element } from '../../core/model';
import { z } from 'zod';
import { lazySchema } from '../../core/model/lazy-schema';
import { loadZod } from '../zod-deferred';

export const CLIPBOARD_MARKER = 'placard/elements@1';
/** Refuse absurd payloads before parsing (they may come from anywhere via the system clipboard). */
export const MAX_CLIPBOARD_CHARS = 40 * 1024 * 1024;

export interface ClipAsset {
  info: AssetInfo;
  /** base64 of the image bytes; absent when the copy was made without them. */
  data?: string;
}

export interface ClipPayload {
  marker: typeof CLIPBOARD_MARKER;
  elements: Element[];
  assets: Record<string, ClipAsset>;
}

const payloadSchema = lazySchema(() => z
  .object({
    marker: z.literal(CLIPBOARD_MARKER),
    elements: z.array(elementSchema).min(1).max(2000),
    assets: z.record(z.string().regex(/^[A-Za-z0-9_-]{1,128}$/), z.object({ info: assetSchema, data: z.string().max(MAX_CLIPBOARD_CHARS).optional() }).strict()),
  })
  .strict());

let inApp: ClipPayload | null = null;
/** How many times the current payload has been pasted, to offset successive pastes. */
let pasteCount = 0;

export function setAppClipboard(payload: ClipPayload): void {
  inApp = payload;
  pasteCount = 0;
}

export function getAppClipboard(): ClipPayload | null {
  return inApp;
}

export function nextPasteOffset(): number {
  pasteCount += 1;
  return pasteCount * 20;
}

export function serializeClip(payload: ClipPayload): string {
  return JSON.stringify(payload);
}

/** Parses text from the system clipboard; null when it is not (valid) Placard content. */
export function parseClip(text: string): ClipPayload | null {
  if (text.length > MAX_CLIPBOARD_CHARS || !text.includes(CLIPBOARD_MARKER)) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(text));
    return parsed.success ? (parsed.data as ClipPayload) : null;
  } catch {
    return null;
  }
}

/** parseClip once zod has arrived (it may not have, soon after start: renderer/zod-deferred.ts). */
export async function readClip(text: string): Promise<ClipPayload | null> {
  await loadZod();
  return parseClip(text);
}

/** Same payload as the in-app one? (Then successive pastes keep offsetting.) */
export function samePayload(a: ClipPayload | null, b: ClipPayload | null): boolean {
  return !!a && !!b && a.elements.length === b.elements.length && a.elements.every((e, i) => e.id === b.elements[i]!.id);
}

export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function base64ToBytes(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
