// Brand kits: named colors, heading and body fonts, logos and text styles. Elements refer to a
// kit through tokens ({ token: "brand.primary" } for colors, "brand.heading" for fonts), so one
// design re-themes when its kit changes.
import { z } from 'zod';
import { lazySchema } from '../model/lazy-schema';
import { LIMITS, colorSchema, colorValueSchema, languageSchema } from '../model/schema';

export const BRAND_LIMITS = {
  maxColors: 32,
  maxLogos: 16,
  maxFamilyLength: 100,
  maxDisclaimerLength: 300,
} as const;

const idSchema = lazySchema(() => z
  .string()
  .min(1)
  .max(LIMITS.maxIdLength)
  .regex(/^[A-Za-z0-9_-]+$/, 'ids may only contain letters, digits, "_" and "-"'));

/** Color names become token suffixes ("brand.<name>"), so they share the token alphabet. */
export const colorNameSchema = lazySchema(() => z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9_-]+$/, 'color names may only contain letters, digits, "_" and "-"'));

export const REQUIRED_COLORS = ['primary', 'secondary', 'accent', 'dark', 'light'] as const;
export type RequiredColor = (typeof REQUIRED_COLORS)[number];

/** Only concrete colors: a kit is where tokens end, so it may not hold tokens itself. */
const kitColorSchema = lazySchema(() => colorSchema.refine((c) => c !== 'transparent', 'brand colors must be real colors'));

export const brandColorsSchema = lazySchema(() => z.record(colorNameSchema, kitColorSchema).superRefine((colors, ctx) => {
  for (const name of REQUIRED_COLORS) {
    if (!Object.hasOwn(colors, name)) ctx.addIssue({ code: 'custom', message: `missing the "${name}" color`, path: [name] });
  }
  if (Object.keys(colors).length > BRAND_LIMITS.maxColors) ctx.addIssue({ code: 'custom', message: `more than ${BRAND_LIMITS.maxColors} colors` });
}));

export const FONT_ROLES = ['heading', 'body'] as const;
export type FontRole = (typeof FONT_ROLES)[number];
const familySchema = lazySchema(() => z.string().trim().min(1).max(BRAND_LIMITS.maxFamilyLength));

/** A family name, or a font token ("brand.heading" / "brand.body"). */

export const textStyleSchema = lazySchema(() => z
  .object({
    fontFamily: familySchema,
    fontSize: z.number().finite().min(1).max(2000),
    fontWeight: z.enum(['normal', 'bold']),
    fill: colorValueSchema,
    uppercase: z.boolean(),
    letterSpacing: z.number().finite().min(-50).max(200),
    lineHeight: z.number().finite().min(0.5).max(4),
  })
  .strict());
export type TextStyle = z.infer<typeof textStyleSchema>;

export const TEXT_STYLE_NAMES = ['headline', 'body', 'caption', 'hashtag'] as const;
export type TextStyleName = (typeof TEXT_STYLE_NAMES)[number];

export const brandKitSchema = lazySchema(() => z
  .object({
    id: idSchema,
    name: z.string().trim().min(1).max(LIMITS.maxNameLength),
    colors: brandColorsSchema,
    fonts: z.object({ heading: familySchema, body: familySchema }).strict(),
    /** Asset ids of logo images; the bytes travel with the kit (packs, library). */
    logos: z.array(idSchema).max(BRAND_LIMITS.maxLogos).default([]),
    textStyles: z
      .object({ headline: textStyleSchema, body: textStyleSchema, caption: textStyleSchema, hashtag: textStyleSchema })
      .strict(),
    /** "Paid for by …" per language: what campaign and union materials must say (print checks ask for it). */
    disclaimer: z.partialRecord(languageSchema, z.string().trim().max(BRAND_LIMITS.maxDisclaimerLength)).default({}),
  })
  .strict());

export type BrandKit = z.infer<typeof brandKitSchema>;
export type BrandKitInput = z.input<typeof brandKitSchema>;
