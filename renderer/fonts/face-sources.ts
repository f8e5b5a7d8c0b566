// Every FontFace the renderer adds to document.fonts goes through here, with what it was made
// from (a URL or the font's bytes). Export workers draw with their own font set (a worker has no
// document), so they are sent the sources of the faces the page has loaded and make the same faces.

export interface FaceSource {
  family: string;
  /** A CSS src value with an absolute URL, or the font file's bytes. */
  source: string | ArrayBuffer;
  descriptors: FontFaceDescriptors;
}

const sources = new Map<FontFace, FaceSource>();

/** A src value for `url`, made absolute so that a worker (whose base URL may be a blob:) finds the file too. */
export function urlSource(url: string, format: 'woff2' | 'woff'): string {
  const absolute = typeof document === 'undefined' ? url : new URL(url, document.baseURI).href;
  return `url(${JSON.stringify(absolute)}) format('${format}')`;
}

/** Makes the face, adds it to document.fonts and remembers its source. */
export function addFace(family: string, source: string | ArrayBuffer, descriptors: FontFaceDescriptors = {}): FontFace {
  const face = new FontFace(family, source, descriptors);
  document.fonts.add(face);
  sources.set(face, { family, source, descriptors });
  return face;
}

/** Remembers the source of a face made elsewhere (an imported font, loaded before it is added). */
export function rememberFace(face: FontFace, source: FaceSource): void {
  sources.set(face, source);
}

/** The faces the page has finished loading, with their sources, in the order they were added. */
export function loadedFaces(): { face: FontFace; source: FaceSource }[] {
  const out: { face: FontFace; source: FaceSource }[] = [];
  for (const [face, source] of sources) if (face.status === 'loaded' && document.fonts.has(face)) out.push({ face, source });
  return out;
}
