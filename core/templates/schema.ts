// A template is a design plus what the gallery needs to show and find it.
import { z } from 'zod';
import { lazySchema } from '../model/lazy-schema';
import { LIMITS, LANGUAGES } from '../model/schema';

export const TEMPLATE_FORMAT = 'placard-template' as const;
export const TEMPLATE_FORMAT_VERSION = 1 as const;

export const TEMPLATE_CATEGORIES = [
  'memes',
  'quotes',
  'events',
  'calls-to-action',
  'facts-and-stats',
  'hashtag-cards',
  'thank-you',
  'breaking-news',
  'petitions',
  'countdowns',
  'announcements',
  'volunteer-recruitment',
  'know-your-rights',
  'print',
] as const;
export const templateCategorySchema = lazySchema(() => z.enum(TEMPLATE_CATEGORIES));
export type TemplateCategory = z.infer<typeof templateCategorySchema>;

export const TEMPLATE_LIMITS = { maxTags: 24, maxTagLength: 40 } as const;

const slug = lazySchema(() => z
  .string()
  .min(1)
  .max(LIMITS.maxIdLength)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lowercase words joined by "-"'));

const localized = lazySchema(() => z
  .object(Object.fromEntries(LANGUAGES.map((l) => [l, z.string().trim().min(1).max(LIMITS.maxNameLength)])) as Record<(typeof LANGUAGES)[number], z.ZodString>)
  .strict());

/** Everything except the design, which migrate() validates (it owns versions and structure). */
export const templateMetaSchema = lazySchema(() => z
  .object({
    format: z.literal(TEMPLATE_FORMAT),
    formatVersion: z.literal(TEMPLATE_FORMAT_VERSION),
    id: slug,
    name: localized,
    description: localized.optional(),
    category: templateCategorySchema,
    /** Export preset the template was laid out for (see core/presets). */
    presetId: slug,
    tags: z.array(z.string().trim().min(1).max(TEMPLATE_LIMITS.maxTagLength)).max(TEMPLATE_LIMITS.maxTags).default([]),
    design: z.unknown(),
  })
  .strict());

export type TemplateMeta = Omit<z.infer<typeof templateMetaSchema>, 'design'>;
