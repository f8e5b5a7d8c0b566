// QR code elements, the model: what the code says (per language), how much damage it survives,
// and its two colors. The quiet zone (4 modules of the light color) is part of the element's box.
import { z } from 'zod';
import { lazySchema } from '../../model/lazy-schema';
import { colorValueSchema, elementBase, languageSchema, NEW_ELEMENT, newId, UNLOCKED } from '../../model/primitives';
import type { Language } from '../../model/primitives';
import type { ElementModel } from '../kind';

/** A URL or a short text: far below what a code holds, small enough to scan from a sign. */
export const QR_MAX_CHARS = 500;
/** Modules of light color around the code that scanners need to find it. */
export const QR_QUIET_MODULES = 4;

export const qrErrorCorrectionSchema = lazySchema(() => z.enum(['L', 'M', 'Q', 'H']));
export type QrErrorCorrection = z.infer<typeof qrErrorCorrectionSchema>;

const qrData = lazySchema(() => z.string().max(QR_MAX_CHARS));

export const qrElementSchema = lazySchema(() => z
  .object({
    ...elementBase,
    type: z.literal('qr'),
    /** What the code says: a URL (a sign-up form) or a short text. */
    data: qrData.default(''),
    /** Per-language variants of `data` (a Spanish flyer links to the Spanish page). */
    variants: z.partialRecord(languageSchema, qrData).default({}),
    /** M survives 15 % damage, Q 25 %: room for a crease, a staple or a small logo. */
    errorCorrection: qrErrorCorrectionSchema.default('M'),
    dark: colorValueSchema.default('#000000'),
    light: colorValueSchema.default('#ffffff'),
  })
  .strict());

export type QrElement = z.infer<typeof qrElementSchema>;

/** What the code says in `language`: its variant, else its own data. */
export function qrDataFor(el: Pick<QrElement, 'data' | 'variants'>, language: Language): string {
  return el.variants[language] ?? el.data;
}

export function createQrElement(init: Partial<QrElement> & Pick<QrElement, 'x' | 'y' | 'width' | 'height'>): QrElement {
  return {
    ...NEW_ELEMENT,
    id: newId('qr'),
    type: 'qr',
    data: '',
    variants: {},
    errorCorrection: 'M',
    dark: '#000000',
    light: '#ffffff',
    ...init,
    locks: { ...UNLOCKED, ...init.locks },
  };
}

export const qrModel: ElementModel<QrElement> = {
  type: 'qr',
  schema: qrElementSchema,
  contentKeys: ['data', 'variants'],
};
