// API errors across the process boundary: main encodes a coded error into the message (all that
// Electron's IPC keeps), the renderer decodes it. A module of its own (core/api.ts re-exports it)
// so the renderer's error messages do not import the whole API contract.
import { z } from 'zod';
import { lazySchema } from './model/lazy-schema';

/** A coded error as the renderer sees it: `code` selects the i18n message `errors.<code>`. */
export interface ApiErrorInfo {
  code: string;
  params: Record<string, string | number>;
  message: string;
}

// Electron's IPC and contextBridge keep only an Error's message, so main encodes the code and
// params into it and the renderer decodes them with apiErrorInfo().
const API_ERROR_MARK = 'PLACARD_ERROR ';
const apiErrorInfoSchema = lazySchema(() => z.object({
  code: z.string().min(1).max(100),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
}));

export function encodeApiError(info: ApiErrorInfo): string {
  return API_ERROR_MARK + JSON.stringify(info);
}

/** The code, params and message of an API error, whether it arrived over IPC or was thrown in-process. */
export function apiErrorInfo(error: unknown): ApiErrorInfo | null {
  if (error === null || typeof error !== 'object') return null;
  const { code, params, message } = error as { code?: unknown; params?: unknown; message?: unknown };
  if (typeof code === 'string') {
    const parsed = apiErrorInfoSchema.safeParse({ code, params: params ?? {}, message: typeof message === 'string' ? message : code });
    if (parsed.success) return parsed.data;
  }
  if (typeof message !== 'string') return null;
  const at = message.indexOf(API_ERROR_MARK);
  if (at < 0) return null;
  try {
    const parsed = apiErrorInfoSchema.safeParse(JSON.parse(message.slice(at + API_ERROR_MARK.length)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
