// The document, recovery and pack-library part of the renderer<->main contract (issue 7).
// core/api.ts spreads FILE_API into API, so preload, main and the browser bridge see one list.
// Binary data crosses as Uint8Array; every size is bounded here, before a handler runs.
import { z } from 'zod';
import { lazySchema } from './model/lazy-schema';
import { API_CHANNELS, EVENT_CHANNELS } from './api-channels';
import type { BrandKit } from './brand/schema';
import { brandKitSchema } from './brand/schema';
import { designSchema, type Design } from './model/schema';
import type { Template } from './templates/validate';
import { templateMetaSchema } from './templates/schema';

export const MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;
export const MAX_PACK_BYTES = 256 * 1024 * 1024;
export const MAX_DOCUMENT_ASSETS = 500;
export const MAX_RECENT_DOCUMENTS = 10;
export const MAX_PATH_LENGTH = 4096;
export const MAX_PACK_ITEMS = 500;

// Any Uint8Array (a view on any buffer), so image store bytes pass without copying.
const boundedBytes = (max: number) =>
  z.custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'expected bytes (Uint8Array)' }).refine((b) => b.byteLength <= max, { message: `larger than ${Math.round(max / 1024 / 1024)} MB` });

const assetIdSchema = lazySchema(() => z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'asset ids may only contain letters, digits, "_" and "-"'));
/** Image bytes by asset id; the design's `assets` describes each one. */
export const assetBytesSchema = lazySchema(() => z
  .record(assetIdSchema, boundedBytes(64 * 1024 * 1024))
  .refine((r) => Object.keys(r).length <= MAX_DOCUMENT_ASSETS, { message: `at most ${MAX_DOCUMENT_ASSETS} images` })
  .refine((r) => Object.values(r).reduce((n, b) => n + b.byteLength, 0) <= MAX_DOCUMENT_BYTES, { message: 'images larger than 256 MB in total' }));

export const MAX_DOCUMENT_FONTS = 20;
/** Font bytes by bundle file name (core/bundle checks the names and the files again). */
export const fontBytesSchema = lazySchema(() => z
  .record(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}\.(ttf|otf|woff|woff2)$/, 'expected a plain font file name'), boundedBytes(15 * 1024 * 1024))
  .refine((r) => Object.keys(r).length <= MAX_DOCUMENT_FONTS, { message: `at most ${MAX_DOCUMENT_FONTS} fonts` }));

/** A file path main handed out earlier (dialog, recent list, file association); never typed by the page. */
export const documentPathSchema = lazySchema(() => z.string().min(1).max(MAX_PATH_LENGTH));

/** A document as the renderer edits it. `path` is null for a document never saved. */
export interface DocumentPayload {
  path: string | null;
  design: Design;
  assets: Record<string, Uint8Array>;
  /** Font files the document carries, by file name. */
  fonts: Record<string, Uint8Array>;
}
const documentPayloadSchema = lazySchema(() => z.custom<DocumentPayload>());

export const windowStateSchema = lazySchema(() => z
  .object({
    title: z.string().max(300).optional(),
    edited: z.boolean().optional(),
    /** The document's file, or null while it has none. */
    documentPath: documentPathSchema.nullable().optional(),
    /** 0 to 1 while a job runs; null when it is done. */
    progress: z.number().min(0).max(1).nullable().optional(),
  })
  .strict());
export type WindowState = z.infer<typeof windowStateSchema>;

export const saveDocumentArgsSchema = lazySchema(() => z.object({ path: documentPathSchema, design: designSchema, assets: assetBytesSchema, fonts: fontBytesSchema.default({}) }).strict());
export const saveDocumentAsArgsSchema = lazySchema(() => z
  .object({
    suggestedName: z.string().min(1).max(200).refine((s) => !/[\\/\0]/.test(s), { message: 'must be a plain file name' }),
    design: designSchema,
    assets: assetBytesSchema,
    fonts: fontBytesSchema.default({}),
  })
  .strict());
export const savedDocumentSchema = lazySchema(() => z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string() }),
  z.object({ status: z.literal('canceled') }),
]));
export type SavedDocument = z.infer<typeof savedDocumentSchema>;

export const recentDocumentSchema = lazySchema(() => z.object({ path: z.string(), name: z.string() }));
export type RecentDocument = z.infer<typeof recentDocumentSchema>;
/** The recent list, plus the names of entries dropped because their file is gone. */
export const recentDocumentsSchema = lazySchema(() => z.object({ recent: z.array(recentDocumentSchema), pruned: z.array(z.string()) }));
export type RecentDocuments = z.infer<typeof recentDocumentsSchema>;

/** Recovery copies are keyed by the document's path, or "untitled:<design id>" before its first save. */
export const docKeySchema = lazySchema(() => z.string().min(1).max(MAX_PATH_LENGTH));
export const recoverySummarySchema = lazySchema(() => z.object({ docKey: z.string(), savedAt: z.number(), designName: z.string(), path: z.string().nullable() }));
export type RecoverySummary = z.infer<typeof recoverySummarySchema>;

export const packSummarySchema = lazySchema(() => z.object({
  id: z.string(),
  name: z.string(),
  version: z.string(),
  author: z.string(),
  description: z.string(),
  license: z.string(),
  placardVersion: z.string(),
  templateIds: z.array(z.string()),
  brandKitIds: z.array(z.string()),
}));
export type PackSummary = z.infer<typeof packSummarySchema>;
/** What to do when the pack's id is already installed (core/bundle/pack-install.ts). */
const packInstallChoiceSchema = lazySchema(() => z.enum(['ask', 'replace', 'separate']).default('ask'));
export const packImportResultSchema = lazySchema(() => z.object({ pack: packSummarySchema, replacedVersion: z.string().nullable() }));
export type PackImportResult = z.infer<typeof packImportResultSchema>;
/** A pack file chosen in the open dialog, not imported yet (the user may still confirm a replace). */
export const chosenPackSchema = lazySchema(() => z.object({ path: z.string(), name: z.string() }));

export interface PackDetails {
  summary: PackSummary;
  templates: Template[];
  brandKits: BrandKit[];
  /** Image bytes by asset id, for thumbnails and for opening a template. */
  assets: Record<string, Uint8Array>;
  /** Imported fonts the pack's templates use, by file name (see renderer/documents/font-files.ts). */
  fonts: Record<string, Uint8Array>;
}

const packIdSchema = lazySchema(() => z.string().min(1).max(100));
const packManifestInputSchema = lazySchema(() => z
  .object({
    id: packIdSchema,
    name: z.string().trim().min(1).max(100),
    version: z.string().max(100),
    author: z.string().max(200),
    description: z.string().max(2000),
    license: z.string().max(100),
  })
  .strict());
export const exportPackArgsSchema = lazySchema(() => z
  .object({
    manifest: packManifestInputSchema,
    templates: z.array(templateMetaSchema).max(MAX_PACK_ITEMS),
    brandKits: z.array(brandKitSchema).max(MAX_PACK_ITEMS),
    assets: assetBytesSchema,
    fonts: fontBytesSchema.default({}),
  })
  .strict());
export type ExportPackArgs = z.input<typeof exportPackArgsSchema>;

export const FILE_API = lazySchema(() => ({
  openDocumentDialog: { channel: API_CHANNELS.openDocumentDialog, args: z.tuple([]), result: documentPayloadSchema.nullable() },
  openDocumentPath: { channel: API_CHANNELS.openDocumentPath, args: z.tuple([documentPathSchema]), result: documentPayloadSchema },
  saveDocument: { channel: API_CHANNELS.saveDocument, args: z.tuple([saveDocumentArgsSchema]), result: savedDocumentSchema },
  saveDocumentAs: { channel: API_CHANNELS.saveDocumentAs, args: z.tuple([saveDocumentAsArgsSchema]), result: savedDocumentSchema },
  getRecentDocuments: { channel: API_CHANNELS.getRecentDocuments, args: z.tuple([]), result: recentDocumentsSchema },
  /** File-association paths received before the page was ready to listen (command line, macOS open-file). */
  takeOpenRequests: { channel: API_CHANNELS.takeOpenRequests, args: z.tuple([]), result: z.array(z.string()) },
  /** The renderer's answer to EVENTS.closeRequested: true closes the window. */
  answerClose: { channel: API_CHANNELS.answerClose, args: z.tuple([z.boolean()]), result: z.void() },
  /**
   * What the window shows of the document: its name in the title, an unsaved marker, the file it
   * was opened from (macOS proxy icon), and a long job's progress on the taskbar or dock.
   */
  setWindowState: { channel: API_CHANNELS.setWindowState, args: z.tuple([windowStateSchema]), result: z.void() },

  writeRecovery: {
    channel: API_CHANNELS.writeRecovery,
    args: z.tuple([z.object({ docKey: docKeySchema, design: designSchema, assets: assetBytesSchema, fonts: fontBytesSchema.default({}) }).strict()]),
    result: z.void(),
  },
  listRecoveries: { channel: API_CHANNELS.listRecoveries, args: z.tuple([]), result: z.array(recoverySummarySchema) },
  readRecovery: { channel: API_CHANNELS.readRecovery, args: z.tuple([docKeySchema]), result: documentPayloadSchema.nullable() },
  clearRecovery: { channel: API_CHANNELS.clearRecovery, args: z.tuple([docKeySchema]), result: z.void() },

  choosePackFile: { channel: API_CHANNELS.choosePackFile, args: z.tuple([]), result: chosenPackSchema.nullable() },
  importPackFile: {
    channel: API_CHANNELS.importPackFile,
    args: z.tuple([z.object({ path: documentPathSchema, choice: packInstallChoiceSchema }).strict()]),
    result: packImportResultSchema,
  },
  importPackBytes: {
    channel: API_CHANNELS.importPackBytes,
    args: z.tuple([z.object({ bytes: boundedBytes(MAX_PACK_BYTES), choice: packInstallChoiceSchema }).strict()]),
    result: packImportResultSchema,
  },
  listPacks: { channel: API_CHANNELS.listPacks, args: z.tuple([]), result: z.array(packSummarySchema) },
  getPackDetails: { channel: API_CHANNELS.getPackDetails, args: z.tuple([packIdSchema]), result: z.custom<PackDetails>() },
  removePack: { channel: API_CHANNELS.removePack, args: z.tuple([packIdSchema]), result: z.void() },
  exportPack: { channel: API_CHANNELS.exportPack, args: z.tuple([exportPackArgsSchema]), result: savedDocumentSchema },
} as const));

/** Events main sends for issue 7 (merged into EVENTS in core/api.ts). */
export const FILE_EVENTS = lazySchema(() => ({
  /** A .placard or .placardpack path from the OS (file association, second instance, open-file). */
  openFile: { channel: EVENT_CHANNELS.openFile, payload: z.object({ path: documentPathSchema }) },
  /** The user tried to close the window; the renderer answers with answerClose(). */
  closeRequested: { channel: EVENT_CHANNELS.closeRequested, payload: z.object({}) },
} as const));

/** Listener methods the preload and the browser bridge add to window.placard for FILE_EVENTS. */
export interface FileEventListeners {
  onOpenFile(listener: (path: string) => void): () => void;
  onCloseRequested(listener: () => void): () => void;
}
