// The bundled faces as WOFF 1.0 files for a print PDF's words (core/print/words): Vite emits each
// Latin face as an asset, fetched only when a PDF asks for it (exhaustive: the faces live in node_modules).
import { BUNDLED_FONTS } from '../../core/fonts/catalog';
import type { FontKey } from '../../core/print';

const FACE_URLS = import.meta.glob('../../node_modules/@fontsource/{anton,bebas-neue,oswald,inter,roboto,noto-sans}/files/*-latin-{400,700}-{normal,italic}.woff', { query: '?url', import: 'default', exhaustive: true }) as Record<string, () => Promise<string>>;

export async function bundledFaceBytes(key: FontKey): Promise<Uint8Array | null> {
  const font = BUNDLED_FONTS.find((f) => f.family === key.family);
  if (!font) return null;
  const weight = font.weights.includes(key.weight) ? key.weight : font.weights[0]!;
  const style = key.italic && font.italic ? 'italic' : 'normal';
  const load = FACE_URLS[`../../node_modules/${font.packageName}/files/${font.fileStem}-latin-${weight}-${style}.woff`];
  if (!load) return null;
  const response = await fetch(await load());
  return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
}
