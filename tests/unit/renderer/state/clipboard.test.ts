import { describe, expect, it } from 'vitest';
import { createShapeElement } from '../../../../core/model';
import { base64ToBytes, bytesToBase64, CLIPBOARD_MARKER, parseClip, serializeClip } from '../../../../renderer/state/clipboard';

describe('clipboard payload', () => {
  const el = createShapeElement({ shape: 'star', x: 1, y: 2, width: 30, height: 30 });

  it('round-trips through JSON text', () => {
    const payload = { marker: CLIPBOARD_MARKER, elements: [el], assets: {} } as const;
    expect(parseClip(serializeClip({ ...payload, elements: [el] }))?.elements[0]).toEqual(el);
  });

  it('ignores text that is not Placard content, and invalid payloads', () => {
    expect(parseClip('hello')).toBeNull();
    expect(parseClip(`{"marker":"${CLIPBOARD_MARKER}"`)).toBeNull();
    expect(parseClip(JSON.stringify({ marker: CLIPBOARD_MARKER, elements: [], assets: {} }))).toBeNull();
    expect(parseClip(JSON.stringify({ marker: CLIPBOARD_MARKER, elements: [{ ...el, width: -5 }], assets: {} }))).toBeNull();
    expect(parseClip(JSON.stringify({ marker: CLIPBOARD_MARKER, elements: [el], assets: { '../x': { info: { mime: 'image/png', width: 1, height: 1 } } } }))).toBeNull();
  });

  it('encodes bytes as base64 and back', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) & 255);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
  });
});
