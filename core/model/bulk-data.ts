// Bulk create's data saved with a design: the sheet (header and rows as text) and which column
// fills what, so the next run is one click. Untrusted like the rest of a document: bounded.
import { z } from 'zod';
import { lazySchema } from './lazy-schema';
import { idSchema, languageSchema, LIMITS } from './primitives';

export const BULK_LIMITS = { maxColumns: 100, maxRows: 1_000, maxCell: LIMITS.maxTextLength, maxCharacters: 1_000_000 } as const;

export const columnTargetSchema = lazySchema(() => z.discriminatedUnion('kind', [
  /** Words (or a QR code's link) for a slot; `language` null fills every language. */
  z.object({ kind: z.literal('text'), elementId: idSchema, language: languageSchema.nullable() }).strict(),
  /** A photo file's name, relative to the spreadsheet or the photo folder. */
  z.object({ kind: z.literal('photo'), elementId: idSchema }).strict(),
  /** The row's language. */
  z.object({ kind: z.literal('language') }).strict(),
  /** The row's brand kit, by name or id. */
  z.object({ kind: z.literal('kit') }).strict(),
]));
export type ColumnTarget = z.infer<typeof columnTargetSchema>;

export const bulkDataSchema = lazySchema(() => z
  .object({
    /** The spreadsheet's file name, when the data came from one. */
    source: z.string().max(LIMITS.maxNameLength).default(''),
    header: z.array(z.string().max(LIMITS.maxNameLength)).min(1).max(BULK_LIMITS.maxColumns),
    rows: z.array(z.array(z.string().max(BULK_LIMITS.maxCell)).max(BULK_LIMITS.maxColumns)).max(BULK_LIMITS.maxRows),
    /** One per column: what it fills, or null for a column left out. */
    targets: z.array(columnTargetSchema.nullable()).max(BULK_LIMITS.maxColumns),
  })
  .strict()
  .refine((b) => b.rows.reduce((n, r) => n + r.reduce((m, c) => m + c.length, 0), 0) <= BULK_LIMITS.maxCharacters, `at most ${BULK_LIMITS.maxCharacters} characters of bulk data`));
export type BulkData = z.infer<typeof bulkDataSchema>;
