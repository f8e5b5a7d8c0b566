// Errors raised by the main-process services. Each carries a stable `code` (the renderer shows
// the i18n message `errors.<code>`), `params` for interpolation, and a plain English `message`
// for logs and the CLI.
export type ErrorParams = Record<string, string | number>;

export class PlacardError extends Error {
  readonly code: string;
  readonly params: ErrorParams;

  constructor(code: string, message: string, params: ErrorParams = {}, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PlacardError';
    this.code = code;
    this.params = params;
  }
}

export function isPlacardError(value: unknown): value is PlacardError {
  return value instanceof PlacardError;
}

/** The errno code of a Node fs error ("ENOENT", ...), or "unknown". */
export function errnoCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unknown';
}
