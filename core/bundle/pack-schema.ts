// Schemas for the manifests of .placard and .placardpack files. Templates and brand kits inside
// a pack are validated by their own modules (core/templates, core/brand).
import { z } from 'zod';
import { lazySchema } from '../model/lazy-schema';
import { ASSET_FILE_PATTERN } from './asset-files';
import { SEMVER_PATTERN } from './semver';

/** Same rule as design and element ids. */
export const ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;
/** Pack ids are also folder names in the library: lower case only, so case-insensitive disks cannot clash. */
export const PACK_ID_PATTERN = /^[a-z0-9](?:[a-z0-9._-]{0,98}[a-z0-9])?$/;

const id = lazySchema(() => z.string().regex(ID_PATTERN, 'ids may only contain letters, digits, "_" and "-" (at most 128)'));
const semver = lazySchema(() => z.string().max(100).regex(SEMVER_PATTERN, 'expected a semantic version like 1.2.0'));

/** Maps asset ids used by designs to "<sha256>.<ext>" files under assets/. */
export const assetIndexSchema = lazySchema(() => z
  .record(id, z.string().regex(ASSET_FILE_PATTERN, 'expected "<sha256>.<ext>"'))
  .refine((r) => Object.keys(r).length <= 5000, 'too many assets'));

export const packManifestSchema = lazySchema(() => z
  .object({
    format: z.literal('placardpack'),
    formatVersion: z.number().int().min(1),
    id: z.string().regex(PACK_ID_PATTERN, 'pack ids are 1-100 lower-case letters, digits, ".", "_" or "-", starting and ending with a letter or digit'),
    name: z.string().trim().min(1).max(100),
    version: semver,
    author: z.string().max(200),
    description: z.string().max(2000),
    license: z.string().max(100),
    placardVersion: semver,
    assets: assetIndexSchema,
  })
  .strict());
export type PackManifest = z.infer<typeof packManifestSchema>;
/** What an author provides; the format fields and asset index are filled in by the writer. */
export type PackManifestInput = Omit<PackManifest, 'format' | 'formatVersion' | 'assets' | 'placardVersion'> & { placardVersion?: string };

export const documentManifestSchema = lazySchema(() => z
  .object({
    format: z.literal('placard'),
    formatVersion: z.number().int().min(1),
    placardVersion: semver,
    assets: assetIndexSchema,
  })
  .strict());
export type DocumentManifest = z.infer<typeof documentManifestSchema>;
