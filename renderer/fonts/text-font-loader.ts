// Bundled faces are split by unicode range (Arabic, Hebrew, each emoji block...). A canvas draws
// with whatever is loaded at that moment, so whenever the document's text changes we ask the
// browser for exactly the faces that text needs, and redraw once late faces arrive. Exports then
// find every face already loaded. A design with QR codes also waits for the QR encoder, which
// arrives in a chunk after start (renderer/qrcode-deferred.ts), and redraws once it has.
import { walkElements, type Design } from '../../core/model';
import { displayText, type Language } from '../../core/model';
import { cssFont, EMOJI_FALLBACK, textFamiliesOf } from '../../core/fonts/font-string';
import { resolveFontFamily } from '../../core/brand';
import { currentDesignKit } from '../state/library-store';
import { ensureFamiliesIn } from './bundled-faces';
import { registerEmojiFaces } from './emoji-faces';
import { loadQrEncoder, qrEncoderLoaded } from '../qrcode-deferred';

/**
 * One CSS font spec per distinct family/style, with the characters it must cover, and one for the
 * emoji faces with the characters beyond ASCII. A font spec names the chain without its emoji
 * family: the browser loads every face of every family in a spec whose range the text touches, and
 * the emoji face holding 0-9, # and * (a 226 kB color font) would load for any date or hashtag
 * though a face before it in the chain draws them (core/fonts/font-string.ts textFamiliesOf).
 */
export function fontRequests(design: Design): { spec: string; text: string }[] {
  const byFont = new Map<string, Set<string>>();
  const beyondAscii = new Set<string>();
  // Brand font tokens ("brand.heading") name the kit's family, which is what gets drawn.
  const kit = currentDesignKit(design.brandKitId);
  for (const { element } of walkElements(design.elements)) {
    if (element.type !== 'text') continue;
    const spec = cssFont({ family: resolveFontFamily(element.fontFamily, kit), size: 32, weight: element.fontWeight, italic: element.italic }, textFamiliesOf);
    const chars = byFont.get(spec) ?? new Set<string>();
    // Every language the design carries: an export in another language finds its faces loaded.
    for (const language of [design.language, ...(Object.keys(element.variants) as Language[])]) {
      for (const ch of displayText(element, language)) {
        if (!ch.trim()) continue;
        chars.add(ch);
        if (ch.codePointAt(0)! > 0x7f) beyondAscii.add(ch);
      }
    }
    byFont.set(spec, chars);
  }
  const requests = [...byFont].map(([spec, chars]) => ({ spec, text: [...chars].join('').slice(0, 2000) || ' ' }));
  if (beyondAscii.size > 0) requests.push({ spec: `32px ${EMOJI_FALLBACK}`, text: [...beyondAscii].join('').slice(0, 2000) });
  return requests;
}

/** Whether `design` draws a QR code before the encoder has arrived. */
function waitsForQrEncoder(design: Design): boolean {
  if (qrEncoderLoaded()) return false;
  for (const { element } of walkElements(design.elements)) if (element.type === 'qr') return true;
  return false;
}

/**
 * Loads what `design` needs to draw: the faces its text uses, and the QR encoder when it has codes.
 * Resolves true when anything was newly loaded (what was drawn before should be drawn again).
 */
export async function loadDrawingNeeds(design: Design, requests = fontRequests(design)): Promise<boolean> {
  // Emoji faces are registered once a field may show them (field-fallbacks.ts); text drawn before then asks for them here.
  if (requests.length > 0) registerEmojiFaces();
  const before = document.fonts.size;
  let newlyLoaded = waitsForQrEncoder(design);
  if (newlyLoaded) await loadQrEncoder();
  await Promise.all(
    requests.map(async ({ spec, text }) => {
      await ensureFamiliesIn(spec);
      if (document.fonts.check(spec, text)) return;
      const faces = await document.fonts.load(spec, text).catch(() => []);
      if (faces.length) newlyLoaded = true;
    }),
  );
  return newlyLoaded || document.fonts.size !== before;
}

/** Keeps faces loaded for the current document; `onNewFaces` redraws text with the new metrics. */
export function watchDocumentFonts(subscribe: (listener: (design: Design) => void) => () => void, current: () => Design, onNewFaces: () => void): () => void {
  let last: Design | null = null;
  let lastKey = '';
  const run = (design: Design) => {
    if (design === last) return;
    last = design;
    // Typing mostly reuses letters already asked for: only new fonts or characters need the browser.
    const requests = fontRequests(design);
    const key = requests.map((r) => `${r.spec}\u0000${r.text}`).join('\u0001') + (waitsForQrEncoder(design) ? '\u0002qr' : '');
    if (key === lastKey) return;
    lastKey = key;
    void loadDrawingNeeds(design, requests).then((fresh) => fresh && onNewFaces());
  };
  run(current());
  return subscribe(run);
}
