// What a print PDF needs in the app: the label font (Noto Sans, fetched from the app's own files
// on first use) and the PDF's words in the interface language.
import i18next from 'i18next';
import labelFontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?url';
import type { PdfDeps } from '../../core/export';
import { printText } from '../../core/print';
import { lengthUnit, presetLabel } from './preset-labels';
import { bundledFaceBytes } from './print-faces';

let font: Promise<Uint8Array> | null = null;

function labelFont(): Promise<Uint8Array> {
  font ??= fetch(labelFontUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`the label font could not be loaded (${r.status})`);
      return r.arrayBuffer();
    })
    .then((b) => new Uint8Array(b))
    .catch((e: unknown) => {
      font = null;
      throw e;
    });
  return font;
}

export async function appPdfDeps(dpi: number): Promise<PdfDeps> {
  const t = (key: string, params?: Record<string, string | number>) => i18next.t(key, params);
  const locale = i18next.language || 'en';
  return { font: await labelFont(), locale, fonts: bundledFaceBytes, text: printText(t, { dpi, unit: lengthUnit(), locale, presetLabel: (item) => presetLabel(i18next.t, item.preset) }) };
}
