// The table of element kinds, model side. Each kind (text, image, shape, redaction box, QR code, group) has
// a folder: model.ts (schema, defaults, content-lock keys) and scene.ts (Konva mapping, in the
// table of scene.ts beside this file). The document schema and the locks look kinds up here.
// Adding a kind is one new folder plus a line in KINDS, in the union below and in scene.ts.
import { z } from 'zod';
import { lazySchema } from '../model/lazy-schema';
import { LIMITS } from '../model/primitives';
import type { ElementModel } from './kind';
import { groupBaseSchema, groupModel, type GroupBase } from './group/model';
import { imageElementSchema, imageModel, type ImageElement } from './image/model';
import { qrElementSchema, qrModel, type QrElement } from './qr/model';
import { redactElementSchema, redactModel, type RedactElement } from './redact/model';
import { shapeElementSchema, shapeModel, type ShapeElement } from './shape/model';
import { textElementSchema, textModel, type TextElement } from './text/model';

export * from './text/model';
export * from './image/model';
export * from './shape/model';
export * from './redact/model';
export * from './qr/model';
export * from './group/model';
export * from './text-content';
export type { ElementModel, ElementScene, KonvaClassName } from './kind';

export type GroupElement = GroupBase & { children: Element[] };
export type Element = TextElement | ImageElement | ShapeElement | RedactElement | QrElement | GroupElement;
export type ElementType = Element['type'];

export const elementSchema: z.ZodType<Element> = lazySchema(() => z.lazy(() =>
  z.discriminatedUnion('type', [
    textElementSchema,
    imageElementSchema,
    shapeElementSchema,
    redactElementSchema,
    qrElementSchema,
    groupBaseSchema.extend({ children: z.array(elementSchema).max(LIMITS.maxElements) }).strict(),
  ]),
) as z.ZodType<Element>);

const KINDS: { readonly [T in ElementType]: ElementModel<{ type: T }> } = {
  text: textModel,
  image: imageModel,
  shape: shapeModel,
  redact: redactModel,
  qr: qrModel,
  group: groupModel,
};

/** The model of an element type. */
export function elementModel(type: ElementType): ElementModel<{ type: ElementType }> {
  return KINDS[type];
}

/** Every kind, in the table's order. */
export const ELEMENT_MODELS: readonly ElementModel<{ type: ElementType }>[] = Object.values(KINDS);

/** Keys that hold what a volunteer fills in, across every kind (the content lock). */
export const CONTENT_KEYS: readonly string[] = [...new Set(ELEMENT_MODELS.flatMap((k) => k.contentKeys))];
