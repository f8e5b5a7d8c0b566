// The fonts Placard ships: SIL Open Font License families from the @fontsource npm packages.
// Weights are what the model can ask for ('normal' = 400, 'bold' = 700); display faces that
// only exist in one weight list just that one, so nobody is offered a fake bold.
export interface BundledFont {
  family: string;
  /** npm package holding the woff2 files. */
  packageName: string;
  /** File name stem inside the package's files/ folder, e.g. "bebas-neue". */
  fileStem: string;
  weights: readonly (400 | 700)[];
  italic: boolean;
  /** Unicode subsets bundled; latin covers English and Spanish, latin-ext the rest of Europe. */
  subsets: readonly ('latin' | 'latin-ext')[];
  category: 'display' | 'sans';
  license: 'OFL-1.1';
}

const subsets = ['latin', 'latin-ext'] as const;

export const BUNDLED_FONTS: readonly BundledFont[] = [
  { family: 'Anton', packageName: '@fontsource/anton', fileStem: 'anton', weights: [400], italic: false, subsets, category: 'display', license: 'OFL-1.1' },
  { family: 'Bebas Neue', packageName: '@fontsource/bebas-neue', fileStem: 'bebas-neue', weights: [400], italic: false, subsets, category: 'display', license: 'OFL-1.1' },
  { family: 'Oswald', packageName: '@fontsource/oswald', fileStem: 'oswald', weights: [400, 700], italic: false, subsets, category: 'display', license: 'OFL-1.1' },
  { family: 'Inter', packageName: '@fontsource/inter', fileStem: 'inter', weights: [400, 700], italic: true, subsets, category: 'sans', license: 'OFL-1.1' },
  { family: 'Roboto', packageName: '@fontsource/roboto', fileStem: 'roboto', weights: [400, 700], italic: true, subsets, category: 'sans', license: 'OFL-1.1' },
  { family: 'Noto Sans', packageName: '@fontsource/noto-sans', fileStem: 'noto-sans', weights: [400, 700], italic: true, subsets, category: 'sans', license: 'OFL-1.1' },
];

export const BUNDLED_FAMILIES: readonly string[] = BUNDLED_FONTS.map((f) => f.family);

/** Every face file of a font: "files/<stem>-<subset>-<weight>-<style>.woff2" relative to its package. */
export function fontFaceFiles(font: BundledFont): { file: string; weight: 400 | 700; style: 'normal' | 'italic'; subset: 'latin' | 'latin-ext' }[] {
  const styles: ('normal' | 'italic')[] = font.italic ? ['normal', 'italic'] : ['normal'];
  const out: { file: string; weight: 400 | 700; style: 'normal' | 'italic'; subset: 'latin' | 'latin-ext' }[] = [];
  for (const subset of font.subsets)
    for (const weight of font.weights)
      for (const style of styles) out.push({ file: `files/${font.fileStem}-${subset}-${weight}-${style}.woff2`, weight, style, subset });
  return out;
}
