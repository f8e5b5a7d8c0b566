// The building blocks of the design document (version 1) that every element kind and the design
// itself use: limits, languages, ids, colors, locks, slots, anchors, the fields all elements share,
// asset info, and new ids. core/elements/ builds one schema per kind from these.
import { z } from 'zod';
import { lazySchema } from './lazy-schema';
import { animationSchema, keyframesSchema } from './motion';

export const CURRENT_VERSION = 1 as const;

/** Hard limits for untrusted documents; generous for real use, fatal for abuse. */
export const LIMITS = {
  maxCanvasSide: 8192,
  maxElements: 2000,
  maxGroupDepth: 16,
  /** Characters in one text (each language counted on its own); fitting it costs time linear in it. */
  maxTextLength: 10_000,
  /** Characters of text in a whole design, every element and language together. */
  maxDesignTextLength: 30_000,
  maxNameLength: 200,
  maxAltTextLength: 5_000,
  maxIdLength: 128,
} as const;

export const LANGUAGES = ['en', 'es'] as const;
export const languageSchema = lazySchema(() => z.enum(LANGUAGES));
export type Language = z.infer<typeof languageSchema>;

export const finite = lazySchema(() => z.number().finite());
export const idSchema = lazySchema(() => z
  .string()
  .min(1)
  .max(LIMITS.maxIdLength)
  .regex(/^[A-Za-z0-9_-]+$/, 'ids may only contain letters, digits, "_" and "-"')
  .refine((id) => id !== '__proto__', 'this id is reserved'));

/** A CSS-style color: #rgb, #rrggbb, #rrggbbaa, or the word "transparent". */
export const colorSchema = lazySchema(() => z
  .string()
  .regex(/^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|#[0-9a-fA-F]{8}|transparent)$/, 'expected a color like #1a2b3c'));

/** A color may be literal or a brand token such as { token: "brand.primary" }. */
export const colorValueSchema = lazySchema(() => z.union([
  colorSchema,
  z.object({ token: z.string().regex(/^brand\.[A-Za-z0-9_-]+$/), fallback: colorSchema }).strict(),
]));
export type ColorValue = z.infer<typeof colorValueSchema>;

export const lockSchema = lazySchema(() => z
  .object({
    move: z.boolean().default(false),
    resize: z.boolean().default(false),
    delete: z.boolean().default(false),
    content: z.boolean().default(false),
    style: z.boolean().default(false),
  })
  .strict());
export type Locks = z.infer<typeof lockSchema>;
export const UNLOCKED: Locks = { move: false, resize: false, delete: false, content: false, style: false };

const slotTextSchema = lazySchema(() => z.partialRecord(languageSchema, z.string().max(LIMITS.maxNameLength)));
export const slotSchema = lazySchema(() => z
  .object({
    kind: z.enum(['text', 'photo']),
    label: slotTextSchema.default({}),
    /** The author's note to the volunteer, shown with the field (what to write, what photo to use). */
    hint: slotTextSchema.default({}),
    /** Export refuses the slot empty (a photo slot: without a photo). */
    required: z.boolean().optional(),
    /** The template's text or photo is a placeholder: export refuses it until it is replaced. */
    mustReplace: z.boolean().optional(),
    /** At most this many characters (as platforms count them), counted as the volunteer types. */
    maxChars: z.number().int().min(1).max(LIMITS.maxTextLength).optional(),
  })
  .strict());
export type Slot = z.infer<typeof slotSchema>;

/** How an element follows the canvas when the design is adapted to another size (core/layout/adapt). */
export const anchorSchema = lazySchema(() => z
  .object({
    horizontal: z.enum(['left', 'right', 'center', 'stretch', 'scale']).default('scale'),
    vertical: z.enum(['top', 'bottom', 'center', 'stretch', 'scale']).default('scale'),
  })
  .strict());
export type Anchor = z.infer<typeof anchorSchema>;

/** The fields every element kind has: identity, geometry, visibility, locks, slot and anchor. */
export const elementBase = lazySchema(() => ({
  id: idSchema,
  name: z.string().max(LIMITS.maxNameLength).default(''),
  x: finite,
  y: finite,
  width: finite.min(0),
  height: finite.min(0),
  rotation: finite.default(0),
  opacity: z.number().min(0).max(1).default(1),
  visible: z.boolean().default(true),
  locks: lockSchema.default(UNLOCKED),
  /** Template slot: marks an element volunteers fill in, with a label and a hint per language. */
  slot: slotSchema.optional(),
  /** Absent means "scale" on both axes. */
  anchor: anchorSchema.optional(),
  /** How the element enters when the design is animated (core/motion). */
  animation: animationSchema.optional(),
  /** Positions over time (design pixels), e.g. a blur box following a face in a GIF. */
  keyframes: keyframesSchema.optional(),
}));

/** What a new element starts with, whatever its kind. */
export const NEW_ELEMENT = { name: '', rotation: 0, opacity: 1, visible: true } as const;

/** The shared fields of an element, as parsed. */
export type ElementBase = z.infer<z.ZodObject<typeof elementBase>>;

export const assetSchema = lazySchema(() => z
  .object({
    mime: z.enum(['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/svg+xml']),
    name: z.string().max(LIMITS.maxNameLength).default(''),
    width: z.number().int().min(1).max(100_000),
    height: z.number().int().min(1).max(100_000),
  })
  .strict());
export type AssetInfo = z.infer<typeof assetSchema>;

/** A new unique id: the prefix and a random UUID (Web Crypto, in every runtime core runs in). */
export function newId(prefix = 'el'): string {
  return `${prefix}_${typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : randomUuid()}`;
}

// Hand-written for portability: pages outside a secure context (the web build on a LAN address)
// have crypto.getRandomValues but no crypto.randomUUID.
function randomUuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
