// The text fields' Arabic, Hebrew and emoji faces are registered when a field may show them, not at
// idle after start (renderer/fonts/field-fallbacks.ts): registering restyles the whole window.
import { describe, expect, it, vi } from 'vitest';
import { createDesign, createImageElement, createShapeElement, type Design } from '../../../../core/model';
import { isTextEntry, namesBeyondAscii, registerFieldFallbacksWhenNeeded } from '../../../../renderer/fonts/field-fallbacks';

function designNamed(...names: string[]): Design {
  const d = createDesign({ width: 100, height: 100 });
  const box = { x: 0, y: 0, width: 10, height: 10 };
  d.elements = names.map((name, i) => (i % 2 ? createImageElement({ ...box, name, assetId: 'a' }) : createShapeElement({ ...box, shape: 'rect', name })));
  return d;
}

function harness(design: Design) {
  const target = new EventTarget();
  const listeners = new Set<(d: Design) => void>();
  const register = vi.fn();
  const stop = registerFieldFallbacksWhenNeeded({
    register,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    current: () => design,
    target,
  });
  const focus = (el: unknown) => {
    const event = new Event('focusin');
    Object.defineProperty(event, 'target', { value: el });
    target.dispatchEvent(event);
  };
  const change = (d: Design) => {
    for (const l of [...listeners]) l(d);
  };
  return { register, focus, change, listeners, stop };
}

describe("the text fields' fallback faces", () => {
  it('knows a field the user types into', () => {
    expect(isTextEntry({ tagName: 'TEXTAREA' } as unknown as EventTarget)).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT', type: 'text' } as unknown as EventTarget)).toBe(true);
    expect(isTextEntry({ tagName: 'input', type: 'search' } as unknown as EventTarget)).toBe(true);
    expect(isTextEntry({ tagName: 'DIV', isContentEditable: true } as unknown as EventTarget)).toBe(true);
    expect(isTextEntry({ tagName: 'INPUT', type: 'number' } as unknown as EventTarget)).toBe(false);
    expect(isTextEntry({ tagName: 'INPUT', type: 'checkbox' } as unknown as EventTarget)).toBe(false);
    expect(isTextEntry({ tagName: 'BUTTON' } as unknown as EventTarget)).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });

  it('sees a layer named beyond ASCII', () => {
    expect(namesBeyondAscii(designNamed('Photo', 'Band'))).toBe(false);
    expect(namesBeyondAscii(designNamed('Photo', 'صورة'))).toBe(true);
    expect(namesBeyondAscii(designNamed('Café'))).toBe(true);
    expect(namesBeyondAscii(designNamed('🎉'))).toBe(true);
  });

  it('waits on a fresh window, registers once when a text field takes the focus, then stops listening', () => {
    const h = harness(designNamed('Photo'));
    h.focus({ tagName: 'BUTTON' });
    h.focus({ tagName: 'INPUT', type: 'range' });
    h.change(designNamed('Band'));
    expect(h.register).not.toHaveBeenCalled();
    h.focus({ tagName: 'TEXTAREA' });
    expect(h.register).toHaveBeenCalledTimes(1);
    h.focus({ tagName: 'INPUT', type: 'text' });
    h.change(designNamed('שלום'));
    expect(h.register).toHaveBeenCalledTimes(1);
    expect(h.listeners.size).toBe(0);
  });

  it('registers when the open document, or one opened later, names a layer beyond ASCII', () => {
    expect(harness(designNamed('Foto', 'Año')).register).toHaveBeenCalledTimes(1);
    const h = harness(designNamed('Photo'));
    h.change(designNamed('Photo', '¡Huelga!'));
    expect(h.register).toHaveBeenCalledTimes(1);
  });

  it('stops without registering when asked', () => {
    const h = harness(designNamed('Photo'));
    h.stop();
    h.focus({ tagName: 'TEXTAREA' });
    h.change(designNamed('صورة'));
    expect(h.register).not.toHaveBeenCalled();
  });
});
