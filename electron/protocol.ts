// The app:// protocol that serves the built renderer. Pure (no electron import) so the path
// rules can be tested directly: a request may only ever reach a file inside the root.
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'placard';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' blob: data:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "script-src 'self'",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Characters a built asset name may use once decoded. Anything else (backslash, colon, NUL,
 * a leftover '%' from double encoding, ...) is refused rather than interpreted.
 */
const SAFE_SEGMENT = /^[A-Za-z0-9._~@+-]+$/;

/**
 * Maps app://placard/<path> to a file inside root, or null when the URL is not ours or the
 * path could leave root. '/' means index.html.
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  if (typeof requestUrl !== 'string' || requestUrl.includes('\0')) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port || url.username || url.password) return null;

  // Look at what the caller actually wrote too: the URL parser silently drops "../" segments,
  // and a request that tries that is refused rather than quietly redirected.
  const rawPath = requestUrl.slice(requestUrl.indexOf(APP_HOST) + APP_HOST.length).split(/[?#]/)[0] ?? '';
  const rawDots = rawPath.replace(/%2e/gi, '.');
  if (rawPath.includes('\\') || /(^|\/)\.\.?(\/|$)/.test(rawDots)) return null;

  let pathname = url.pathname;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const segments = pathname.slice(1).split('/');
  const decoded: string[] = [];
  for (const segment of segments) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return null; // malformed percent-encoding
    }
    if (!SAFE_SEGMENT.test(name) || name === '.' || name === '..') return null;
    decoded.push(name);
  }

  const base = path.resolve(root);
  const resolved = path.resolve(base, ...decoded);
  const relative = path.relative(base, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return resolved;
}

export interface AppProtocolOptions {
  /** Extra response headers for every response (the CSP is always included). */
  headers?: Record<string, string>;
}

/**
 * A protocol.handle handler serving files from root. Symlinks that lead outside root are
 * refused too, since the path check above only sees names.
 */
export function createAppProtocolHandler(root: string, options: AppProtocolOptions = {}): (request: Request) => Promise<Response> {
  const baseHeaders = {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    ...options.headers,
  };
  const status = (code: number, text: string) =>
    new Response(text, { status: code, headers: { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8' } });

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return status(405, 'Method Not Allowed');
    const filePath = resolveAppPath(root, request.url);
    if (!filePath) return status(404, 'Not Found');
    try {
      const [realRoot, realFile] = await Promise.all([realpath(root), realpath(filePath)]);
      const relative = path.relative(realRoot, realFile);
      if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return status(404, 'Not Found');
      if (!(await stat(realFile)).isFile()) return status(404, 'Not Found');
      const body = request.method === 'HEAD' ? null : await readFile(realFile);
      return new Response(body, { status: 200, headers: { ...baseHeaders, 'Content-Type': mimeTypeFor(realFile) } });
    } catch {
      return status(404, 'Not Found');
    }
  };
}
