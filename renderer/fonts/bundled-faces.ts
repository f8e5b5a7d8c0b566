// The bundled families' faces (@fontsource, SIL OFL), registered with the FontFace API when a
// family is first needed instead of through @font-face rules in the stylesheet: Chromium spends
// about 170 ms on the first style update digesting the 131 rules of the packages' CSS, before any
// script runs. The packages' own stylesheets stay the source of each face's unicode-range; they
// are read as text in a chunk of their own. The browser still fetches a face only when text in
// its range is drawn (the canvas, an export, the interface).
import { BUNDLED_FONTS } from '../../core/fonts/catalog';
import { FALLBACK_FONTS } from '../../core/scene/fallback-fonts';
import { parseFaceRules } from './face-rules';
import { addFace, urlSource } from './face-sources';

const STYLESHEETS = import.meta.glob(
  [
    '../../node_modules/@fontsource/{inter,roboto,noto-sans}/{400,700,400-italic,700-italic}.css',
    '../../node_modules/@fontsource/oswald/{400,700}.css',
    '../../node_modules/@fontsource/{anton,bebas-neue}/400.css',
    '../../node_modules/@fontsource/{noto-sans-arabic,noto-sans-hebrew}/{400,700}.css',
  ],
  { query: '?raw', import: 'default' },
) as Record<string, () => Promise<string>>;

const FILES = import.meta.glob(
  [
    './{inter,roboto,noto-sans}/files/*-{400,700}-{normal,italic}.woff2',
    './oswald/files/*-{400,700}-normal.woff2',
    './{anton,bebas-neue}/files/*-400-normal.woff2',
    './noto-sans-arabic/files/*-{400,700}-normal.woff2',
    // Not its Latin subsets (core/scene/fallback-fonts.ts).
    './noto-sans-hebrew/files/noto-sans-hebrew-{hebrew,cyrillic-ext,greek-ext}-{400,700}-normal.woff2',
  ],
  // Files, never data: URLs, however small: the URL table stays a few bytes per face. Its keys are
  // short ("./inter/files/…"), as the table is in the first screen's script.
  { query: '?url&no-inline', import: 'default', eager: true, base: '../../node_modules/@fontsource/' },
) as Record<string, string>;

/** Family name -> its npm package, for the families whose faces this module registers. */
const PACKAGES = new Map<string, string>([...BUNDLED_FONTS.map((f) => [f.family, f.packageName] as const), ...FALLBACK_FONTS.filter((f) => f.family !== 'Noto Color Emoji').map((f) => [f.family, f.packageName] as const)]);

const registered = new Map<string, Promise<number>>();

/** Registers every face of a bundled family once; resolves to how many were added (0 for unknown families). */
export function ensureFamily(family: string): Promise<number> {
  const known = registered.get(family);
  if (known) return known;
  const pkg = PACKAGES.get(family);
  const made = pkg ? registerPackage(pkg) : Promise.resolve(0);
  registered.set(family, made);
  return made;
}

/** "@fontsource/inter/files/inter-latin-400-normal.woff2" -> its URL in the build. */
const FILE_URLS = new Map(Object.entries(FILES).map(([path, url]) => [`@fontsource/${path.replace(/^\.\//, '')}`, url]));

/** The fallback packages' faces, by package: only these are registered (FALLBACK_FONTS). */
const FALLBACK_FILES = new Map(FALLBACK_FONTS.map((f) => [f.packageName, new Set(f.files)] as const));

/** Inter's Latin regular and bold: every word of the interface (English, Spanish) is drawn by these two. */
const INTERFACE_FACES = [
  { file: '@fontsource/inter/files/inter-latin-400-normal.woff2', weight: '400' },
  { file: '@fontsource/inter/files/inter-latin-700-normal.woff2', weight: '700' },
];
/** The files added before their package was (registerPackage skips them). */
const addedEarly = new Set<string>();
let interfaceFaces: Promise<void> | undefined;

/**
 * Adds the interface's two faces and loads them, once; resolves when both have loaded or failed.
 * Called as soon as the canvas is up, so they have arrived when the panels first lay out their text:
 * while Inter is still loading, Chromium lays text out with the system's sans-serif, which it
 * matches through synchronous calls to the browser process, and then lays it out again.
 * (Registering the whole family, 28 faces from a stylesheet fetched first, took too long for that.)
 * No unicode-range: a character these faces lack falls through to Inter's other faces, once the
 * family is registered (ensureFamily), and to the fallbacks the styles name.
 */
export function loadInterfaceFaces(): Promise<void> {
  interfaceFaces ??= Promise.allSettled(
    INTERFACE_FACES.flatMap(({ file, weight }) => {
      const url = FILE_URLS.get(file);
      if (!url) return [];
      addedEarly.add(file);
      return [addFace('Inter', urlSource(url, 'woff2'), { weight, style: 'normal', display: 'swap' }).load()];
    }),
  ).then(() => undefined);
  return interfaceFaces;
}

async function registerPackage(pkg: string): Promise<number> {
  const sheets = Object.entries(STYLESHEETS).filter(([file]) => file.includes(`/${pkg}/`));
  const only = FALLBACK_FILES.get(pkg);
  let added = 0;
  for (const css of await Promise.all(sheets.map(([, load]) => load()))) {
    for (const rule of parseFaceRules(css)) {
      const url = FILE_URLS.get(`${pkg}/files/${rule.file}`);
      if (!url || (only && !only.has(`files/${rule.file}`)) || addedEarly.has(`${pkg}/files/${rule.file}`)) continue;
      addFace(rule.family, urlSource(url, 'woff2'), { style: rule.style, weight: rule.weight, unicodeRange: rule.unicodeRange, display: 'swap' });
      added++;
    }
  }
  return added;
}

/** The bundled families a CSS font shorthand names ("700 32px Anton, \"Noto Sans Arabic\", …"). */
export function familiesIn(spec: string): string[] {
  const list = spec.replace(/^.*?\d+(?:\.\d+)?px\s+/, '');
  return list
    .split(',')
    .map((name) => name.trim().replace(/^['"]|['"]$/g, ''))
    .filter((name) => PACKAGES.has(name));
}

/** Registers the faces of every bundled family a CSS font shorthand names. */
export async function ensureFamiliesIn(spec: string): Promise<void> {
  await Promise.all(familiesIn(spec).map(ensureFamily));
}

/** Registers every bundled family (for font pickers that show each family in its own face). */
export async function ensureAllFamilies(): Promise<void> {
  await Promise.all([...PACKAGES.keys()].map(ensureFamily));
}
