// Custom sizes a user saves: validated like any untrusted input, then turned into a Preset.
import { z } from 'zod';
import { lazySchema } from '../model/lazy-schema';
import { LIMITS } from '../model/schema';
import { zodIssues, type FieldIssue } from '../model/issues';
import { MB } from './data';
import { PX_PER_INCH } from '../print/units';
import type { Preset } from './types';

export const CUSTOM_PRESET_LIMITS = {
  minSide: 16,
  maxSide: LIMITS.maxCanvasSide,
  /** 40 megapixels: far above any platform, small enough to encode in memory. */
  maxPixels: 40_000_000,
  minByteLimit: 10_000,
  maxByteLimit: 1_000 * MB,
  maxNameLength: 80,
  maxAltText: LIMITS.maxAltTextLength,
  /** The longest side a print size may have: 8192 design pixels at 150 per inch. */
  maxPhysicalInches: Math.floor(LIMITS.maxCanvasSide / PX_PER_INCH),
  minPhysicalInches: 1,
} as const;

const L = CUSTOM_PRESET_LIMITS;
const side = lazySchema(() => z.number().int().min(L.minSide).max(L.maxSide));

export const customPresetSchema = lazySchema(() => z
  .object({
    /** Custom ids carry a prefix so they can never shadow a built-in preset. */
    id: z
      .string()
      .max(64)
      .regex(/^custom-[a-z0-9][a-z0-9-]*$/, 'custom preset ids look like "custom-my-size"'),
    name: z.string().trim().min(1).max(L.maxNameLength),
    width: side,
    height: side,
    byteLimit: z.number().int().min(L.minByteLimit).max(L.maxByteLimit).default(8 * MB),
    formats: z.array(z.enum(['png', 'jpeg', 'webp'])).min(1).max(3).default(['png', 'jpeg', 'webp']),
    safeArea: z
      .object({ x: z.number().min(0), y: z.number().min(0), width: z.number().positive(), height: z.number().positive() })
      .strict()
      .optional(),
    circle: z.boolean().default(false),
    altTextMax: z.number().int().min(1).max(L.maxAltText).nullable().default(null),
    /** A print size the user measured: its trim size in inches or centimetres; width and height are then its design pixels. */
    physical: z
      .object({ unit: z.enum(['in', 'cm']), width: z.number().positive().max(L.maxPhysicalInches * 2.54), height: z.number().positive().max(L.maxPhysicalInches * 2.54) })
      .strict()
      .optional(),
  })
  .strict());

export type CustomPresetInput = z.input<typeof customPresetSchema>;
export type CustomPreset = z.output<typeof customPresetSchema>;

export type CustomPresetErrorCode =
  | 'presets.custom-invalid'
  | 'presets.custom-too-many-pixels'
  | 'presets.custom-safe-area-outside'
  | 'presets.custom-duplicate-formats'
  | 'presets.custom-physical-size';

export interface CustomPresetError {
  code: CustomPresetErrorCode;
  /** Plain English for logs and the CLI; the UI shows `errors.<code>`. */
  message: string;
  path: string;
  params: Record<string, string | number>;
}

export type CustomPresetResult = { ok: true; custom: CustomPreset; preset: Preset } | { ok: false; errors: CustomPresetError[] };

export function validateCustomPreset(input: unknown): CustomPresetResult {
  const parsed = customPresetSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      errors: zodIssues(parsed.error).slice(0, 10).map((i: FieldIssue) => ({
        code: 'presets.custom-invalid',
        message: `custom size: ${i.path ? `${i.path}: ` : ''}${i.message}`,
        path: i.path,
        params: { field: i.path, detail: i.message },
      })),
    };
  }
  const c = parsed.data;
  const errors: CustomPresetError[] = [];
  if (c.width * c.height > L.maxPixels) {
    errors.push({
      code: 'presets.custom-too-many-pixels',
      message: `custom size ${c.width}x${c.height} has more than ${L.maxPixels} pixels`,
      path: 'width',
      params: { width: c.width, height: c.height, max: L.maxPixels },
    });
  }
  if (c.safeArea && (c.safeArea.x + c.safeArea.width > c.width || c.safeArea.y + c.safeArea.height > c.height)) {
    errors.push({
      code: 'presets.custom-safe-area-outside',
      message: `custom size: the safe area reaches outside the ${c.width}x${c.height} canvas`,
      path: 'safeArea',
      params: { width: c.width, height: c.height },
    });
  }
  if (c.physical) {
    const inches = (v: number) => (c.physical!.unit === 'cm' ? v / 2.54 : v);
    const w = inches(c.physical.width);
    const h = inches(c.physical.height);
    if (Math.min(w, h) < L.minPhysicalInches || Math.max(w, h) > L.maxPhysicalInches || Math.round(w * PX_PER_INCH) !== c.width || Math.round(h * PX_PER_INCH) !== c.height) {
      errors.push({
        code: 'presets.custom-physical-size',
        message: `custom print size must be from ${L.minPhysicalInches} to ${L.maxPhysicalInches} in on each side, drawn at ${PX_PER_INCH} px per inch`,
        path: 'physical',
        params: { min: L.minPhysicalInches, max: L.maxPhysicalInches },
      });
    }
  }
  if (new Set(c.formats).size !== c.formats.length) {
    errors.push({ code: 'presets.custom-duplicate-formats', message: 'custom size: a format is listed twice', path: 'formats', params: {} });
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, custom: c, preset: presetFromCustom(c) };
}

/** A validated custom size as a Preset the exporter and layout code use like any other. */
export function presetFromCustom(c: CustomPreset): Preset {
  const preset: Preset = {
    id: c.id,
    platform: 'custom',
    labelKey: 'presets.custom',
    name: c.name,
    width: c.width,
    height: c.height,
    minWidth: Math.ceil(c.width / 2),
    minHeight: Math.ceil(c.height / 2),
    byteLimit: c.byteLimit,
    formats: [...c.formats],
    safeZone: { area: c.safeArea ? { ...c.safeArea } : { x: 0, y: 0, width: c.width, height: c.height }, covered: [] },
    altText: { max: c.altTextMax, warnAbove: null },
    source: 'user',
  };
  if (c.circle) preset.safeZone.circle = { cx: c.width / 2, cy: c.height / 2, r: Math.min(c.width, c.height) / 2 };
  if (c.physical) {
    const k = c.physical.unit === 'cm' ? 1 / 2.54 : 1;
    const widthIn = c.physical.width * k;
    const heightIn = c.physical.height * k;
    const kind = Math.max(widthIn, heightIn) >= 18 ? 'sign' : 'sheet';
    preset.print = { widthIn, heightIn, definedIn: c.physical.unit === 'cm' ? 'mm' : 'in', kind };
    // Paper is never scaled down to fit bytes; content keeps clear of the trim like the built-in print sizes.
    preset.minWidth = c.width;
    preset.minHeight = c.height;
    const m = (kind === 'sign' ? 0.5 : 0.25) * PX_PER_INCH;
    if (!c.safeArea) preset.safeZone.area = { x: m, y: m, width: c.width - 2 * m, height: c.height - 2 * m };
  }
  return preset;
}

/** A custom print size's fields: its design pixels from inches or centimetres. */
export function physicalCustomSize(unit: 'in' | 'cm', width: number, height: number): { width: number; height: number; physical: { unit: 'in' | 'cm'; width: number; height: number } } {
  const inches = (v: number) => (unit === 'cm' ? v / 2.54 : v);
  return { width: Math.round(inches(width) * PX_PER_INCH), height: Math.round(inches(height) * PX_PER_INCH), physical: { unit, width, height } };
}

/**
 * The design's own size as a preset, for exports "as designed" (quick exports with no size
 * previewed, the CLI without --preset): every format, no byte limit short of the largest
 * export, the whole page safe. Its size clamps into what custom sizes allow.
 */
export function designSizePreset(design: { width: number; height: number }): Preset {
  const width = Math.min(L.maxSide, Math.max(L.minSide, Math.round(design.width)));
  const height = Math.min(L.maxSide, Math.max(L.minSide, Math.round(design.height)));
  return presetFromCustom({
    id: 'custom-as-designed',
    name: 'As designed',
    width,
    height,
    byteLimit: L.maxByteLimit,
    formats: ['png', 'jpeg', 'webp'],
    circle: false,
    altTextMax: null,
  });
}
