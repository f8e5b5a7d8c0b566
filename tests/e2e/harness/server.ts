// Serves the production renderer build over http://127.0.0.1 exactly as Electron's app://
// protocol serves it: each request is handed, rewritten to app://placard/<path>, to the real
// protocol handler from electron/protocol.ts, so the same path rules, refusals, MIME types
// and CSP apply.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, createAppProtocolHandler } from '../../../electron/protocol';

export { CONTENT_SECURITY_POLICY };

export interface RendererServer {
  /** Origin with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  /** Request paths that were answered with an error status, in order. */
  refused: string[];
  close(): Promise<void>;
}

export async function startRendererServer(root: string): Promise<RendererServer> {
  const handle = createAppProtocolHandler(root, { headers: { 'Cache-Control': 'no-store' } });
  const refused: string[] = [];
  const server: Server = createServer((req, res) => {
    const rawPath = req.url?.startsWith('/') ? req.url : `/${req.url ?? ''}`;
    // A Request would normalize the URL (dropping "../" and "%2e%2e" before the checks see
    // them); hand the handler the raw URL, as the two fields it reads.
    const request = { method: req.method ?? 'GET', url: `${APP_ORIGIN}${rawPath}` } as Request;
    handle(request)
      .then(async (response) => {
        if (response.status >= 400) refused.push(rawPath);
        const body = Buffer.from(await response.arrayBuffer());
        res.writeHead(response.status, Object.fromEntries(response.headers.entries()));
        res.end(body);
      })
      .catch((err: unknown) => {
        refused.push(rawPath);
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(err));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    refused,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
