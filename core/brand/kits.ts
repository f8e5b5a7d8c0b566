// Pure helpers for a library of brand kits: validate, create, duplicate, edit colors, remove.
// Errors carry a stable `code` (translated by the UI as errors.<code>) plus an English message.
import { newId } from '../model/defaults';
import { describeIssues, zodIssues, type FieldIssue } from '../model/issues';
import { DEFAULT_BRAND_KIT, DEFAULT_BRAND_KIT_ID } from './default-kit';
import { BRAND_LIMITS, REQUIRED_COLORS, brandKitSchema, colorNameSchema, type BrandKit } from './schema';

export type BrandErrorCode = 'brand.invalid' | 'brand.not-found' | 'brand.duplicate-id' | 'brand.required-color' | 'brand.too-many-colors' | 'brand.default-kit-readonly';

export class BrandKitError extends Error {
  constructor(
    readonly code: BrandErrorCode,
    message: string,
    readonly params: Record<string, string | number> = {},
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'BrandKitError';
  }
}

export type BrandKitResult = { ok: true; kit: BrandKit } | { ok: false; code: 'brand.invalid'; issues: FieldIssue[] };

/** Validates untrusted kit JSON (from a pack or the library on disk). */
export function validateBrandKit(input: unknown): BrandKitResult {
  const parsed = brandKitSchema.safeParse(input);
  if (!parsed.success) return { ok: false, code: 'brand.invalid', issues: zodIssues(parsed.error) };
  return { ok: true, kit: parsed.data };
}

export function parseBrandKit(input: unknown): BrandKit {
  const result = validateBrandKit(input);
  if (!result.ok) throw new BrandKitError('brand.invalid', `invalid brand kit: ${describeIssues(result.issues)}`, {}, result.issues);
  return result.kit;
}

function clone(kit: BrandKit): BrandKit {
  return structuredClone(kit);
}

/** A new kit starting from `base` (the Placard default unless given), with a fresh id. */
export function createBrandKit(name: string, base: BrandKit = DEFAULT_BRAND_KIT): BrandKit {
  return parseBrandKit({ ...clone(base), id: newId('kit'), name });
}

/** A copy with a new id and name ("<name> copy" unless given), independent of the original. */
export function duplicateBrandKit(kit: BrandKit, name = `${kit.name} copy`): BrandKit {
  return parseBrandKit({ ...clone(kit), id: newId('kit'), name: name.slice(0, 200) });
}

export function renameBrandKit(kit: BrandKit, name: string): BrandKit {
  return parseBrandKit({ ...kit, name });
}

export function setKitColor(kit: BrandKit, name: string, hex: string): BrandKit {
  if (!colorNameSchema.safeParse(name).success) throw new BrandKitError('brand.invalid', `invalid color name "${name}"`, { name });
  if (!Object.hasOwn(kit.colors, name) && Object.keys(kit.colors).length >= BRAND_LIMITS.maxColors) {
    throw new BrandKitError('brand.too-many-colors', `a brand kit holds at most ${BRAND_LIMITS.maxColors} colors`, { max: BRAND_LIMITS.maxColors });
  }
  return parseBrandKit({ ...kit, colors: { ...kit.colors, [name]: hex } });
}

export function removeKitColor(kit: BrandKit, name: string): BrandKit {
  if ((REQUIRED_COLORS as readonly string[]).includes(name)) {
    throw new BrandKitError('brand.required-color', `the "${name}" color is required and cannot be removed`, { name });
  }
  const { [name]: _removed, ...colors } = kit.colors;
  return { ...kit, colors };
}

/** Adds a kit to a library; ids must be unique. */
export function addKit(kits: readonly BrandKit[], kit: BrandKit): BrandKit[] {
  if (kits.some((k) => k.id === kit.id)) throw new BrandKitError('brand.duplicate-id', `a brand kit with id "${kit.id}" already exists`, { id: kit.id });
  return [...kits, kit];
}

/** Replaces the kit with the same id. The built-in default kit is read-only: duplicate it instead. */
export function updateKit(kits: readonly BrandKit[], kit: BrandKit): BrandKit[] {
  if (kit.id === DEFAULT_BRAND_KIT_ID) throw new BrandKitError('brand.default-kit-readonly', 'the Placard default kit cannot be changed; duplicate it first', { id: kit.id });
  const index = kits.findIndex((k) => k.id === kit.id);
  if (index < 0) throw new BrandKitError('brand.not-found', `no brand kit with id "${kit.id}"`, { id: kit.id });
  const next = [...kits];
  next[index] = parseBrandKit(kit);
  return next;
}

export function removeKit(kits: readonly BrandKit[], id: string): BrandKit[] {
  if (id === DEFAULT_BRAND_KIT_ID) throw new BrandKitError('brand.default-kit-readonly', 'the Placard default kit cannot be deleted', { id });
  if (!kits.some((k) => k.id === id)) throw new BrandKitError('brand.not-found', `no brand kit with id "${id}"`, { id });
  return kits.filter((k) => k.id !== id);
}

/** The kit a design names, falling back to the default kit when it is unknown or unset. */
export function kitFor(kits: readonly BrandKit[], id: string | null | undefined): BrandKit {
  return (id ? kits.find((k) => k.id === id) : undefined) ?? DEFAULT_BRAND_KIT;
}
