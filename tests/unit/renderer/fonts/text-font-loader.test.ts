// Which faces the editor and exports ask the browser for: each text's own chain for its characters,
// and the emoji faces only for characters beyond ASCII (a face before them draws every ASCII one).
import { describe, expect, it } from 'vitest';
import { createDesign, createTextElement } from '../../../../core/model';
import { fontRequests } from '../../../../renderer/fonts/text-font-loader';

const designWith = (...texts: string[]) => ({ ...createDesign({ width: 1080, height: 1080 }), elements: texts.map((text, i) => createTextElement({ id: `t${i}`, x: 0, y: 100 * i, width: 800, height: 100, text, fontFamily: 'Inter' })) });

describe('font requests', () => {
  it('ask for no emoji face for dates, times and hashtags', () => {
    const requests = fontRequests(designWith('MAY 3, 11 AM', '#RentStrike 2026 *'));
    expect(requests.map((r) => r.spec)).toEqual(['normal normal 32px Inter, "Noto Sans Arabic", "Noto Sans Hebrew", sans-serif']);
    expect(requests[0]!.text).toContain('3');
    expect(requests[0]!.text).toContain('#');
  });

  it('ask the emoji faces for every character beyond ASCII, and only those', () => {
    const requests = fontRequests(designWith('¡Año niño! 😀', 'Vote 1️⃣ ❤️'));
    const emoji = requests.find((r) => r.spec === '32px "Noto Color Emoji"');
    expect(emoji).toBeDefined();
    for (const ch of ['😀', '¡', 'ñ', '\u20e3', '\ufe0f', '❤']) expect(emoji!.text).toContain(ch);
    expect([...emoji!.text].filter((ch) => ch.codePointAt(0)! <= 0x7f)).toEqual([]);
  });
});
