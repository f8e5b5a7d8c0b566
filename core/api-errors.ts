// API errors across the process boundary: main encodes a coded error into the message (all that
// Electron's IPC keeps), the renderer decodes it. A module of its own (core/api.ts re-exports it)
// so the renderer's error messages do not import the whole API contract.

/** A coded error as the renderer sees it: `code` selects the i18n message `errors.<code>`. */
export interface ApiErrorInfo {
  code: string;
  params: Record<string, string | number>;
  message: string;
}

// Electron's IPC and contextBridge keep only an Error's message, so main encodes the code and
// params into it and the renderer decodes them with apiErrorInfo().
const API_ERROR_MARK = 'PLACARD_ERROR ';
const MAX_CODE_LENGTH = 100;

// Checked by hand, not with a zod schema: the renderer shows errors before its zod chunk arrives (renderer/zod-deferred.ts).
function asApiErrorInfo(value: unknown): ApiErrorInfo | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const { code, params, message } = value as Record<string, unknown>;
  if (typeof code !== 'string' || code.length < 1 || code.length > MAX_CODE_LENGTH || typeof message !== 'string') return null;
  if (params === null || typeof params !== 'object' || Array.isArray(params)) return null;
  const kept: Record<string, string | number> = {};
  for (const [key, v] of Object.entries(params)) {
    if (typeof v !== 'string' && !(typeof v === 'number' && Number.isFinite(v))) return null;
    kept[key] = v;
  }
  return { code, params: kept, message };
}

export function encodeApiError(info: ApiErrorInfo): string {
  return API_ERROR_MARK + JSON.stringify(info);
}

/** The code, params and message of an API error, whether it arrived over IPC or was thrown in-process. */
export function apiErrorInfo(error: unknown): ApiErrorInfo | null {
  if (error === null || typeof error !== 'object') return null;
  const { code, params, message } = error as { code?: unknown; params?: unknown; message?: unknown };
  if (typeof code === 'string') {
    const info = asApiErrorInfo({ code, params: params ?? {}, message: typeof message === 'string' ? message : code });
    if (info) return info;
  }
  if (typeof message !== 'string') return null;
  const at = message.indexOf(API_ERROR_MARK);
  if (at < 0) return null;
  try {
    return asApiErrorInfo(JSON.parse(message.slice(at + API_ERROR_MARK.length)));
  } catch {
    return null;
  }
}
