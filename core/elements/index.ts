// The table of element kinds. Each kind (text, image, shape, redaction box, group) keeps its
// schema, defaults, content-lock keys and Konva mapping in one module; the document schema, the
// locks, the export builder and the editor's views all look kinds up here. Adding a kind is one
// new module plus a line in KINDS and in the union below.
import { z } from 'zod';
import { LIMITS } from '../model/primitives';
import type { ElementKind } from './kind';
import { groupBaseSchema, groupKind, type GroupBase } from './group';
import { imageElementSchema, imageKind, type ImageElement } from './image';
import { redactElementSchema, redactKind, type RedactElement } from './redact';
import { shapeElementSchema, shapeKind, type ShapeElement } from './shape';
import { textElementSchema, textKind, type TextElement } from './text';

export * from './text';
export * from './image';
export * from './shape';
export * from './redact';
export * from './group';
export * from './text-content';
export type { ElementKind, KonvaClassName } from './kind';

export type GroupElement = GroupBase & { children: Element[] };
export type Element = TextElement | ImageElement | ShapeElement | RedactElement | GroupElement;
export type ElementType = Element['type'];

export const elementSchema: z.ZodType<Element> = z.lazy(() =>
  z.discriminatedUnion('type', [
    textElementSchema,
    imageElementSchema,
    shapeElementSchema,
    redactElementSchema,
    groupBaseSchema.extend({ children: z.array(elementSchema).max(LIMITS.maxElements) }).strict(),
  ]),
) as z.ZodType<Element>;

type KindOf<T extends ElementType> = ElementKind<Extract<Element, { type: T }>>;

const KINDS: { readonly [T in ElementType]: KindOf<T> } = {
  text: textKind,
  image: imageKind,
  shape: shapeKind,
  redact: redactKind,
  // A group's own fields; its children are drawn by the builder and the views.
  group: groupKind as ElementKind<GroupBase> as KindOf<'group'>,
};

/** The kind module of an element type. */
export function elementKind<T extends ElementType>(type: T): KindOf<T> {
  return KINDS[type];
}

/** Every kind, in the table's order. */
export const ELEMENT_KINDS: readonly ElementKind<Element>[] = Object.values(KINDS) as ElementKind<Element>[];

/** Keys that hold what a volunteer fills in, across every kind (the content lock). */
export const CONTENT_KEYS: readonly string[] = [...new Set(ELEMENT_KINDS.flatMap((k) => k.contentKeys))];
