// Validation of untrusted template JSON: the metadata here, the design through migrate().
import { migrate } from '../model/migrate';
import { zodIssues, type FieldIssue } from '../model/issues';
import type { Design } from '../model/schema';
import { templateMetaSchema, type TemplateMeta } from './schema';

export interface Template extends TemplateMeta {
  design: Design;
}

export type TemplateErrorCode = 'template.invalid' | 'template.invalid-design' | 'template.size-mismatch';

export type TemplateResult = { ok: true; template: Template } | { ok: false; code: TemplateErrorCode; issues: FieldIssue[] };

/**
 * Checks a template read from disk or a pack. `presetSize` (optional) looks up the pixel size
 * of a preset id so a template cannot claim a preset it was not laid out for.
 */
export function validateTemplate(input: unknown, presetSize?: (presetId: string) => { width: number; height: number } | undefined): TemplateResult {
  const meta = templateMetaSchema.safeParse(input);
  if (!meta.success) return { ok: false, code: 'template.invalid', issues: zodIssues(meta.error) };
  const migrated = migrate(meta.data.design);
  if (!migrated.ok) {
    return { ok: false, code: 'template.invalid-design', issues: migrated.issues.map((i) => ({ ...i, path: i.path ? `design.${i.path}` : 'design' })) };
  }
  const design = migrated.design;
  const size = presetSize?.(meta.data.presetId);
  if (size && (size.width !== design.width || size.height !== design.height)) {
    return {
      ok: false,
      code: 'template.size-mismatch',
      issues: [{ path: 'design', message: `design is ${design.width}x${design.height} but preset "${meta.data.presetId}" is ${size.width}x${size.height}` }],
    };
  }
  return { ok: true, template: { ...meta.data, design } };
}

/** The template as stored: plain JSON with a stable key order. */
export function serializeTemplate(template: Template): string {
  const { format, formatVersion, id, name, description, category, presetId, tags, design } = template;
  return JSON.stringify({ format, formatVersion, id, name, ...(description ? { description } : {}), category, presetId, tags, design }, null, 2) + '\n';
}
