// The contract between the renderer and the main process. Preload exposes exactly these
// methods on window.placard; main validates every call's arguments against these schemas.
// The browser bridge implements the same interface, so the renderer never knows which it has.
import { z } from 'zod';
import { lazySchema } from './model/lazy-schema';
import { API_CHANNELS, CHANNEL_METHODS, EVENT_CHANNELS } from './api-channels';
import { languageSchema } from './model/schema';
import { FILE_API, FILE_EVENTS, type FileEventListeners } from './api-files';
import { customPresetSchema } from './presets/custom';
import { brandKitSchema, type BrandKit } from './brand/schema';
import { templateMetaSchema } from './templates/schema';
import type { Template } from './templates/validate';

export const MAX_IMAGE_BYTES = 64 * 1024 * 1024;
/** Print PDFs of a tiled poster at 300 dpi run to tens of megabytes. */
export const MAX_EXPORT_BYTES = 256 * 1024 * 1024;

const bytes = (max: number) =>
  z.instanceof(Uint8Array).refine((b) => b.byteLength <= max, { message: `larger than ${Math.round(max / 1024 / 1024)} MB` });

/** A file name the user will see; never a path. */
const fileName = lazySchema(() => z
  .string()
  .min(1)
  .max(200)
  .refine((s) => !/[\\/\0]/.test(s) && s !== '.' && s !== '..', { message: 'must be a plain file name' }));

export const imageMimeSchema = lazySchema(() => z.enum(['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/svg+xml']));
export const exportMimeSchema = lazySchema(() => z.enum(['image/png', 'image/jpeg', 'image/webp', 'application/pdf', 'image/gif', 'video/mp4', 'video/webm']));

export const appInfoSchema = lazySchema(() => z.object({
  version: z.string(),
  platform: z.string(),
  shell: z.enum(['electron', 'browser']),
}));

export const openedImageSchema = lazySchema(() => z.object({ name: z.string(), mime: imageMimeSchema, bytes: z.instanceof(Uint8Array) }));

export const saveResultSchema = lazySchema(() => z.discriminatedUnion('status', [
  z.object({ status: z.literal('saved'), path: z.string() }),
  z.object({ status: z.literal('canceled') }),
]));

export const MAX_CUSTOM_PRESETS = 50;
const customPresetsSchema = lazySchema(() => z
  .array(customPresetSchema)
  .max(MAX_CUSTOM_PRESETS)
  .refine((list) => new Set(list.map((p) => p.id)).size === list.length, { message: 'custom size ids must be unique' }));

export const settingsSchema = lazySchema(() => z
  .object({
    language: languageSchema.default('en'),
    /** Export sizes the user saved (core/presets/custom). */
    customPresets: customPresetsSchema.optional(),
  })
  .strict());
export type Settings = z.infer<typeof settingsSchema>;
/** A settings change: only the fields given. No defaults here, or `{}` would reset every field. */
export const settingsPatchSchema = lazySchema(() => z.object({ language: languageSchema, customPresets: customPresetsSchema }).partial().strict());

/** The user's library (brand kits and templates saved on this computer): limits for every call. */
export const LIBRARY_LIMITS = {
  maxTemplateJsonBytes: 4 * 1024 * 1024,
  /** Images one saved template or kit carries (logos, photos). */
  maxAssetsPerItem: 64,
  maxKits: 200,
  maxTemplates: 500,
} as const;

/** Library assets are keyed by the SHA-256 of their bytes (the renderer's asset id). */
export const libraryAssetIdSchema = lazySchema(() => z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex asset id'));
export const libraryAssetSchema = lazySchema(() => z.object({ mime: imageMimeSchema, bytes: bytes(MAX_IMAGE_BYTES) }).strict());
const libraryAssetsSchema = lazySchema(() => z
  .record(libraryAssetIdSchema, libraryAssetSchema)
  .refine((r) => Object.keys(r).length <= LIBRARY_LIMITS.maxAssetsPerItem, { message: `at most ${LIBRARY_LIMITS.maxAssetsPerItem} images` })
  .default({}));
const libraryTemplateInputSchema = lazySchema(() => templateMetaSchema.refine((t) => JSON.stringify(t).length <= LIBRARY_LIMITS.maxTemplateJsonBytes, {
  message: `template larger than ${LIBRARY_LIMITS.maxTemplateJsonBytes / 1024 / 1024} MB`,
}));
export const librarySchema = lazySchema(() => z.object({ brandKits: z.array(z.custom<BrandKit>()), templates: z.array(z.custom<Template>()) }));
export type Library = z.infer<typeof librarySchema>;
export type LibraryAsset = z.infer<typeof libraryAssetSchema>;

/** Export to a folder (issue 6): the folder is chosen in main and named by an opaque token. */
export const EXPORT_FILES_MAX = 20;
export const exportFolderSchema = lazySchema(() => z.object({ token: z.string().regex(/^[0-9a-f]{32}$/), label: z.string().max(4096) }).strict());
export const exportFileSchema = lazySchema(() => z
  .object({
    /** A plain file name with an image or .txt extension; main checks it again. */
    name: fileName.refine((s) => /\.(png|jpe?g|webp|pdf|gif|mp4|webm|txt)$/i.test(s) && !s.startsWith('.'), { message: 'must be a visible .png, .jpg, .webp, .pdf, .gif, .mp4, .webm or .txt name' }),
    bytes: bytes(MAX_EXPORT_BYTES),
  })
  .strict());
export const writeExportFilesArgsSchema = lazySchema(() => z
  .object({
    folder: exportFolderSchema.shape.token,
    files: z.array(exportFileSchema).min(1).max(EXPORT_FILES_MAX),
    /** True only after the user confirmed replacing files of the same names. */
    overwrite: z.boolean(),
  })
  .strict());
export const writeExportFilesResultSchema = lazySchema(() => z.discriminatedUnion('status', [
  z.object({ status: z.literal('written'), paths: z.array(z.string()) }),
  /** Nothing was written: these names exist and overwrite was false. */
  z.object({ status: z.literal('exists'), names: z.array(z.string()) }),
]));
export type ExportFolder = z.infer<typeof exportFolderSchema>;
/** A folder bulk create may read photos from, named by an opaque token (as export folders are). */
export const readFolderSchema = exportFolderSchema;
export type ReadFolder = ExportFolder;
export type WriteExportFilesResult = z.infer<typeof writeExportFilesResultSchema>;

/** Every invokable channel: the method name on window.placard, its IPC channel, arguments and result. */
export const API = lazySchema(() => ({
  getAppInfo: { channel: API_CHANNELS.getAppInfo, args: z.tuple([]), result: appInfoSchema },
  openImage: { channel: API_CHANNELS.openImage, args: z.tuple([]), result: openedImageSchema.nullable() },
  saveExport: {
    channel: API_CHANNELS.saveExport,
    args: z.tuple([z.object({ suggestedName: fileName, mime: exportMimeSchema, bytes: bytes(MAX_EXPORT_BYTES) }).strict()]),
    result: saveResultSchema,
  },
  getSettings: { channel: API_CHANNELS.getSettings, args: z.tuple([]), result: settingsSchema },
  setSettings: { channel: API_CHANNELS.setSettings, args: z.tuple([settingsPatchSchema]), result: settingsSchema },
  getLibrary: { channel: API_CHANNELS.getLibrary, args: z.tuple([]), result: librarySchema },
  saveBrandKit: {
    channel: API_CHANNELS.saveBrandKit,
    args: z.tuple([z.object({ kit: brandKitSchema, assets: libraryAssetsSchema }).strict()]),
    result: z.custom<BrandKit>(),
  },
  deleteBrandKit: { channel: API_CHANNELS.deleteBrandKit, args: z.tuple([brandKitSchema.shape.id]), result: z.boolean() },
  saveTemplate: {
    channel: API_CHANNELS.saveTemplate,
    args: z.tuple([z.object({ template: libraryTemplateInputSchema, assets: libraryAssetsSchema }).strict()]),
    result: z.custom<Template>(),
  },
  deleteTemplate: { channel: API_CHANNELS.deleteTemplate, args: z.tuple([templateMetaSchema.shape.id]), result: z.boolean() },
  getLibraryAsset: { channel: API_CHANNELS.getLibraryAsset, args: z.tuple([libraryAssetIdSchema]), result: libraryAssetSchema.nullable() },
  chooseExportFolder: { channel: API_CHANNELS.chooseExportFolder, args: z.tuple([]), result: exportFolderSchema.nullable() },
  writeExportFiles: { channel: API_CHANNELS.writeExportFiles, args: z.tuple([writeExportFilesArgsSchema]), result: writeExportFilesResultSchema },
  copyImageToClipboard: {
    channel: API_CHANNELS.copyImageToClipboard,
    args: z.tuple([z.object({ png: bytes(MAX_EXPORT_BYTES) }).strict()]),
    result: z.object({ copied: z.literal(true) }),
  },
  /**
   * Opens the system print dialog for the window. The page has laid out the pages to print (its
   * print style sheet shows only them); main asks for backgrounds, as the pages are pictures.
   */
  printWindow: {
    channel: API_CHANNELS.printWindow,
    args: z.tuple([]),
    result: z.object({ status: z.enum(['printed', 'cancelled', 'failed']), reason: z.string().max(200).optional() }).strict(),
  },
  /** Bulk create: a spreadsheet the user picks (its folder becomes readable for photo cells). */
  openSpreadsheet: {
    channel: API_CHANNELS.openSpreadsheet,
    args: z.tuple([]),
    result: z.object({ name: z.string(), bytes: z.instanceof(Uint8Array), folder: readFolderSchema }).nullable(),
  },
  /** Bulk create: a folder of photos the user picks for photo cells. */
  choosePhotoFolder: { channel: API_CHANNELS.choosePhotoFolder, args: z.tuple([]), result: readFolderSchema.nullable() },
  /** A photo a cell names, read from inside a folder the user opened or picked (never outside it). */
  readFolderPhoto: {
    channel: API_CHANNELS.readFolderPhoto,
    args: z.tuple([z.object({ folder: readFolderSchema.shape.token, name: z.string().min(1).max(1000) }).strict()]),
    result: openedImageSchema,
  },
  ...FILE_API,
} as const));

export type ApiMethod = keyof typeof API;
// The channel table's keys, which are the API's (tests/unit/core/api-channels.test.ts): reading
// API's own keys here would build every schema as soon as this module loads.
export const API_METHODS = CHANNEL_METHODS as readonly string[] as ApiMethod[];

/** Events main sends to the renderer (one-way). */
export const EVENTS = lazySchema(() => ({
  /** A native menu item was chosen; the payload is an action id from the renderer's registry. */
  menuAction: { channel: EVENT_CHANNELS.menuAction, payload: z.string().min(1).max(100) },
  ...FILE_EVENTS,
} as const));
export type EventName = keyof typeof EVENTS;

type Spec = (typeof API)[ApiMethod];
type MethodOf<S extends Spec> = (...args: z.input<S['args']>) => Promise<z.output<S['result']>>;

export type PlacardApi = { [K in ApiMethod]: MethodOf<(typeof API)[K]> } & {
  /** Subscribes to native menu choices; returns an unsubscribe function. */
  onMenuAction(listener: (actionId: string) => void): () => void;
} & FileEventListeners;

export type ApiArgs<K extends ApiMethod> = z.output<(typeof API)[K]['args']>;
export type ApiResult<K extends ApiMethod> = z.output<(typeof API)[K]['result']>;
export type ApiHandlers = { [K in ApiMethod]: (...args: ApiArgs<K>) => Promise<ApiResult<K>> | ApiResult<K> };

export type AppInfo = z.infer<typeof appInfoSchema>;
export type OpenedImage = z.infer<typeof openedImageSchema>;
export type SaveResult = z.infer<typeof saveResultSchema>;
export type ExportMime = z.infer<typeof exportMimeSchema>;

export { apiErrorInfo, encodeApiError, type ApiErrorInfo } from './api-errors';
