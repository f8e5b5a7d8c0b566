import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The dev server needs inline scripts and a websocket for hot reload, which the production CSP
// forbids; so the CSP meta tag is dropped only while serving for development.
function cspForDevServer(): Plugin {
  return {
    name: 'placard-csp-dev',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/, ''),
  };
}

// The renderer is built once and served two ways: by Electron through app://placard/ and by
// `npm run web` in a plain browser. Absolute asset URLs work under both.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: '/',
  plugins: [react(), cspForDevServer()],
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
  server: { port: 5173, strictPort: false },
});
