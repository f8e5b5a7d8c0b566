// Every limit applied to untrusted .placard and .placardpack files. Generous for real work
// (a pack of a few hundred templates with photos and fonts), fatal for abuse (zip bombs,
// decompression of gigabytes, pathological images).

const MiB = 1024 * 1024;

/** Largest archive file we will even read into memory. */
export const MAX_ARCHIVE_BYTES = 300 * MiB;
/** Most entries (files and folders) one archive may list. */
export const MAX_ENTRIES = 1000;
/** Most bytes all entries together may declare (and actually produce) when uncompressed. */
export const MAX_TOTAL_UNCOMPRESSED_BYTES = 512 * MiB;
/** Most bytes one entry may declare (and actually produce) when uncompressed. */
export const MAX_ENTRY_BYTES = 64 * MiB;
/** Highest uncompressed/compressed ratio allowed for an entry larger than RATIO_CHECK_MIN_BYTES. */
export const MAX_COMPRESSION_RATIO = 100;
/** Small entries (e.g. a short JSON file of repeated keys) may compress very well; ignore their ratio. */
export const RATIO_CHECK_MIN_BYTES = 256 * 1024;
/** Most bytes one JSON entry (design, manifest, template, brand kit) may have. */
export const MAX_JSON_BYTES = 4 * MiB;
/** Most pixels an image header may declare (width x height); a 48 MP phone photo fits. */
export const MAX_IMAGE_PIXELS = 50_000_000;
/** Longest entry name, in characters. */
export const MAX_PATH_LENGTH = 200;
/**
 * Most pixels all the images one design uses may declare together: what opening it decodes.
 * Three 48 MP photos fit; eight 49 MP images in a 1.8 MB file (1.7 GB decoded) do not. In a pack
 * the budget holds for each template, since a template opens on its own.
 */
export const MAX_DESIGN_PIXELS = 150_000_000;

// The SVG budget is here, not beside the parser in svg-budget.ts, so reading a limit never loads saxes.
export interface SvgBudget {
  /** Largest SVG file, in bytes. */
  maxBytes: number;
  /** Most elements written in the file. */
  maxElements: number;
  /** Most nodes once every <use> is replaced by what it references. */
  maxExpandedNodes: number;
  /** Longest chain of <use> references (a use of a group holding a use of ...). */
  maxUseDepth: number;
}

export const SVG_BUDGET: Readonly<SvgBudget> = Object.freeze({
  maxBytes: 5 * 1024 * 1024,
  maxElements: 50_000,
  maxExpandedNodes: 200_000,
  maxUseDepth: 12,
});

export interface BundleLimits {
  maxArchiveBytes: number;
  maxEntries: number;
  maxTotalUncompressedBytes: number;
  maxEntryBytes: number;
  maxCompressionRatio: number;
  ratioCheckMinBytes: number;
  maxJsonBytes: number;
  maxImagePixels: number;
  maxPathLength: number;
  maxDesignPixels: number;
  svg: SvgBudget;
}

export const BUNDLE_LIMITS: Readonly<BundleLimits> = Object.freeze({
  maxArchiveBytes: MAX_ARCHIVE_BYTES,
  maxEntries: MAX_ENTRIES,
  maxTotalUncompressedBytes: MAX_TOTAL_UNCOMPRESSED_BYTES,
  maxEntryBytes: MAX_ENTRY_BYTES,
  maxCompressionRatio: MAX_COMPRESSION_RATIO,
  ratioCheckMinBytes: RATIO_CHECK_MIN_BYTES,
  maxJsonBytes: MAX_JSON_BYTES,
  maxImagePixels: MAX_IMAGE_PIXELS,
  maxPathLength: MAX_PATH_LENGTH,
  maxDesignPixels: MAX_DESIGN_PIXELS,
  svg: SVG_BUDGET,
});

/** Callers may tighten limits (never needed to loosen them in the app). */
export function resolveLimits(overrides: Partial<BundleLimits> = {}): BundleLimits {
  return { ...BUNDLE_LIMITS, ...overrides };
}
