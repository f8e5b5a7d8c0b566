// The kit's disclaimer ("Paid for by …") as a text element: placed in the bottom margin, in a light
// box (campaign rules ask for it boxed and clearly readable), at least 12 pt on print sizes, its
// words locked so volunteers cannot change them. Switching kits rewrites it (retheme.ts).
import { createTextElement, type TextElement } from '../elements';
import type { Design, Language } from '../model/schema';
import { ptToPx } from '../print/units';
import type { BrandKit } from './schema';

/** The kit's words per language as text and variants; `fallback` when the kit has none. */
export function disclaimerContent(kit: BrandKit, language: Language, fallback: string): Pick<TextElement, 'text' | 'variants'> {
  const variants = Object.fromEntries(Object.entries(kit.disclaimer).filter(([, v]) => v?.trim())) as TextElement['variants'];
  const text = kit.disclaimer[language]?.trim() || kit.disclaimer.en?.trim() || kit.disclaimer.es?.trim() || fallback;
  return { text, variants };
}

export function createDisclaimerElement(design: Pick<Design, 'width' | 'height' | 'language'>, kit: BrandKit, fallback: string): TextElement {
  const { width: w, height: h } = design;
  // 12 pt at print resolution, and never smaller than 2.2 % of the shorter side on screen sizes.
  const fontSize = Math.max(Math.ceil(ptToPx(12)), Math.round(Math.min(w, h) * 0.022));
  const height = Math.round(fontSize * 1.25 * 2);
  const margin = Math.round(Math.min(w, h) * 0.06);
  return createTextElement({
    name: 'Disclaimer',
    role: 'disclaimer',
    x: margin,
    y: h - margin - height,
    width: w - 2 * margin,
    height,
    ...disclaimerContent(kit, design.language, fallback),
    fontFamily: 'brand.body',
    fontSize,
    fill: '#111111',
    align: 'left',
    verticalAlign: 'bottom',
    highlight: { color: '#ffffff', padding: Math.round(fontSize * 0.35), radius: 0 },
    locks: { move: false, resize: false, delete: true, content: true, style: true },
  });
}
