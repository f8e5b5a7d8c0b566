import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, createAppProtocolHandler, mimeTypeFor, resolveAppPath } from '../../../electron/protocol';

const root = path.resolve('/srv/placard/renderer');

describe('resolveAppPath', () => {
  it('maps app://placard/ paths to files inside the root', () => {
    expect(resolveAppPath(root, 'app://placard/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://placard')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://placard/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://placard/assets/index-COAF-3xl.js')).toBe(path.join(root, 'assets', 'index-COAF-3xl.js'));
    expect(resolveAppPath(root, 'app://placard/assets/app.css?v=2#x')).toBe(path.join(root, 'assets', 'app.css'));
    expect(resolveAppPath(root, 'app://placard/fonts/inter%2Blatin.woff2')).toBe(path.join(root, 'fonts', 'inter+latin.woff2'));
  });

  // Every entry tries to leave the root or to smuggle a separator; none may resolve outside it.
  const corpus = [
    'app://placard/../secret.txt',
    'app://placard/../../../../etc/passwd',
    'app://placard/assets/../../etc/passwd',
    'app://placard/%2e%2e/etc/passwd',
    'app://placard/%2E%2E/etc/passwd',
    'app://placard/.%2e/etc/passwd',
    'app://placard/assets/%2e%2e/%2e%2e/etc/passwd',
    'app://placard/..%2fetc%2fpasswd',
    'app://placard/..%2Fetc%2Fpasswd',
    'app://placard/assets%2f..%2f..%2fetc%2fpasswd',
    'app://placard/%2e%2e%5cetc%5cpasswd',
    'app://placard/%2e%2e%5Cwindows%5Cwin.ini',
    'app://placard/..\\etc\\passwd',
    'app://placard/assets\\..\\..\\secret',
    'app://placard/%252e%252e/etc/passwd',
    'app://placard/%252e%252e%252fetc%252fpasswd',
    'app://placard/%25252e%25252e/etc/passwd',
    'app://placard//etc/passwd',
    'app://placard/C:\\Windows\\win.ini',
    'app://placard/C:/Windows/win.ini',
    'app://placard/c%3a%5cwindows',
    'app://placard/index.html%00.png',
    'app://placard/index.html\0',
    'app://placard/%00',
    'app://placard/%zz',
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    'file:///etc/passwd',
    'https://placard/index.html',
    'app://evil/index.html',
    'app://placard.evil/index.html',
    'app://placard:8080/index.html',
    'app://user@placard/index.html',
    'app://PLACARD/index.html',
    'app:placard/index.html',
    '',
  ];

  it.each(corpus)('refuses %j', (url) => {
    const resolved = resolveAppPath(root, url);
    expect(resolved).toBeNull();
  });

  it('never yields a path outside the root, whatever the input', () => {
    const pieces = ['..', '.', '%2e', '%2E', '%2f', '%5c', '\\', '/', '%252e', '%00', 'a', 'index.html', ':', '%3a'];
    let checked = 0;
    for (const a of pieces)
      for (const b of pieces)
        for (const c of pieces) {
          const resolved = resolveAppPath(root, `app://placard/${a}${b}${c}`);
          if (resolved !== null) {
            const relative = path.relative(root, resolved);
            expect(relative.startsWith('..') || path.isAbsolute(relative) || relative === '').toBe(false);
          }
          checked++;
        }
    expect(checked).toBe(pieces.length ** 3);
  });

  it('names mime types by extension', () => {
    expect(mimeTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('/x/a.svg')).toBe('image/svg+xml');
    expect(mimeTypeFor('/x/a.unknown')).toBe('application/octet-stream');
  });
});

describe('createAppProtocolHandler', () => {
  let dir: string;
  let served: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'placard-protocol-'));
    served = path.join(dir, 'renderer');
    await mkdir(path.join(served, 'assets'), { recursive: true });
    await writeFile(path.join(served, 'index.html'), '<!doctype html><title>x</title>');
    await writeFile(path.join(served, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(path.join(dir, 'secret.txt'), 'secret');
    await symlink(path.join(dir, 'secret.txt'), path.join(served, 'assets', 'link.js'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('serves files with their type and the CSP header', async () => {
    const handler = createAppProtocolHandler(served);
    const index = await handler(new Request('app://placard/'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await index.text()).toContain('<title>x</title>');
    const script = await handler(new Request('app://placard/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('answers 404 with the CSP for missing files, folders, traversal and symlinks out of the root', async () => {
    const handler = createAppProtocolHandler(served);
    for (const url of ['app://placard/missing.js', 'app://placard/assets', 'app://placard/%2e%2e/secret.txt', 'app://placard/assets/link.js']) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const handler = createAppProtocolHandler(served);
    expect((await handler(new Request('app://placard/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    const head = await handler(new Request('app://placard/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('has the exact CSP the app promises', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; img-src 'self' blob: data:; style-src 'self' 'unsafe-inline'; font-src 'self' data:; script-src 'self'; connect-src 'self' blob: data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    );
  });
});
