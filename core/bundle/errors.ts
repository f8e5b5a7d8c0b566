// Problems found in a .placard or .placardpack file. Each has a stable `code` (the UI shows
// the i18n message `errors.<code>`), the archive entry and JSON field path where it was found,
// and a plain English `message` naming the problem for logs and the CLI.

export const BUNDLE_ERROR_CODES = [
  // The archive as a whole
  'bundle.too-large',
  'bundle.not-a-zip',
  'bundle.corrupt-zip',
  'bundle.unsupported-zip',
  'bundle.too-many-entries',
  'bundle.total-too-large',
  // One entry's header
  'bundle.bad-path',
  'bundle.path-too-long',
  'bundle.path-traversal',
  'bundle.absolute-path',
  'bundle.drive-path',
  'bundle.reserved-name',
  'bundle.backslash-path',
  'bundle.symlink',
  'bundle.special-entry',
  'bundle.duplicate-entry',
  'bundle.encrypted-entry',
  'bundle.unsupported-compression',
  'bundle.entry-too-large',
  'bundle.ratio-too-high',
  'bundle.header-mismatch',
  'bundle.overlapping-entries',
  // One entry's content
  'bundle.size-mismatch',
  'bundle.corrupt-entry',
  'bundle.nested-archive',
  // The files inside
  'bundle.unexpected-entry',
  'bundle.missing-entry',
  'bundle.wrong-kind',
  'bundle.newer-format',
  'bundle.json-too-large',
  'bundle.bad-json',
  'bundle.forbidden-key',
  'bundle.duplicate-key',
  'bundle.invalid-manifest',
  'bundle.invalid-design',
  'bundle.newer-version',
  'bundle.invalid-template',
  'bundle.invalid-brandkit',
  'bundle.id-mismatch',
  'bundle.empty-pack',
  'bundle.missing-asset',
  'bundle.hash-mismatch',
  'bundle.asset-type-mismatch',
  'bundle.bad-image',
  'bundle.image-too-large',
  'bundle.svg-script',
  'bundle.svg-external-ref',
  'bundle.svg-too-complex',
  'bundle.too-many-pixels',
  'bundle.too-much-text',
  'bundle.bad-font',
  // Writing
  'bundle.invalid-input',
] as const;

export type BundleErrorCode = (typeof BUNDLE_ERROR_CODES)[number];
export type BundleParams = Record<string, string | number>;

export interface BundleIssue {
  code: BundleErrorCode;
  /** Plain English, naming the entry and field when there is one. */
  message: string;
  /** The archive entry at fault, e.g. "templates/flyer.json"; absent for the archive itself. */
  entry?: string;
  /** Dotted JSON field path inside the entry, e.g. "elements.2.fontSize". */
  field?: string;
  params: BundleParams;
}

export type BundleResult<T> = { ok: true; value: T } | { ok: false; error: BundleIssue };

export function issue(code: BundleErrorCode, detail: string, where: { entry?: string; field?: string } = {}, params: BundleParams = {}): BundleIssue {
  const prefix = [where.entry, where.field].filter((p) => p !== undefined && p !== '').join(': ');
  const out: BundleIssue = { code, message: prefix ? `${prefix}: ${detail}` : detail, params: { ...params } };
  if (where.entry !== undefined) {
    out.entry = where.entry;
    out.params.entry = where.entry;
  }
  if (where.field !== undefined) {
    out.field = where.field;
    out.params.field = where.field;
  }
  return out;
}

export function fail<T>(error: BundleIssue): BundleResult<T> {
  return { ok: false, error };
}

export function ok<T>(value: T): BundleResult<T> {
  return { ok: true, value };
}

/** Thrown by the writers when asked to write something the readers would refuse. */
export class BundleError extends Error {
  readonly issue: BundleIssue;
  constructor(bundleIssue: BundleIssue) {
    super(bundleIssue.message);
    this.name = 'BundleError';
    this.issue = bundleIssue;
  }
  get code(): BundleErrorCode {
    return this.issue.code;
  }
}
