// Small, dependency-free tools for scanning TypeScript source text: masking comments and
// string contents (so rules never fire on prose), finding import specifiers with their line
// numbers, and listing source files. Shared by the boundary and i18n tests.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface MaskOptions {
  /** Also blank the contents of string, template and regex literals (quotes are kept). */
  strings: boolean;
}

// Characters after which a `/` starts a regex literal rather than a division. `<` is left
// out on purpose: `</` is a JSX closing tag far more often than a comparison with a regex.
const REGEX_PRECEDERS = new Set('(,=:[!&|?{};+-*%>~^'.split(''));
const REGEX_KEYWORDS = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

/**
 * Returns `source` with comments (and optionally literal contents) replaced by spaces.
 * Newlines are kept, so offsets and line numbers in the result match the original.
 */
export function maskSource(source: string, options: MaskOptions): string {
  const out = source.split('');
  const blank = (from: number, to: number) => {
    for (let k = from; k < to && k < out.length; k++) if (out[k] !== '\n' && out[k] !== '\r') out[k] = ' ';
  };
  // Stack of open template literals; each entry counts `{` nesting inside its current `${ }`.
  const templateBraces: number[] = [];
  let i = 0;
  const n = source.length;

  const previousSignificant = (at: number): { char: string; word: string } => {
    let k = at - 1;
    while (k >= 0 && /\s/.test(out[k]!)) k--;
    if (k < 0) return { char: '', word: '' };
    let w = k;
    while (w >= 0 && /[\w$]/.test(source[w]!)) w--;
    return { char: source[k]!, word: source.slice(w + 1, k + 1) };
  };

  // Scans a template literal's text from `start` (just after ` or }) to its end or `${`.
  const scanTemplateText = (start: number): number => {
    let k = start;
    while (k < n) {
      const c = source[k]!;
      if (c === '\\') { k += 2; continue; }
      if (c === '`') { if (options.strings) blank(start, k); templateBraces.pop(); return k + 1; }
      if (c === '$' && source[k + 1] === '{') { if (options.strings) blank(start, k); return k + 2; }
      k++;
    }
    if (options.strings) blank(start, n);
    return n;
  };

  while (i < n) {
    const c = source[i]!;
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      const end = source.indexOf('\n', i);
      const stop = end === -1 ? n : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === '"' || c === "'") {
      let k = i + 1;
      while (k < n && source[k] !== c && source[k] !== '\n') k += source[k] === '\\' ? 2 : 1;
      if (options.strings) blank(i + 1, k);
      i = k + 1;
    } else if (c === '`') {
      templateBraces.push(0);
      i = scanTemplateText(i + 1);
    } else if (c === '{' && templateBraces.length > 0) {
      templateBraces[templateBraces.length - 1]!++;
      i++;
    } else if (c === '}' && templateBraces.length > 0) {
      const depth = templateBraces[templateBraces.length - 1]!;
      if (depth === 0) i = scanTemplateText(i + 1);
      else { templateBraces[templateBraces.length - 1] = depth - 1; i++; }
    } else if (c === '/') {
      const prev = previousSignificant(i);
      const startsRegex = prev.char === '' || REGEX_PRECEDERS.has(prev.char) || REGEX_KEYWORDS.has(prev.word);
      if (!startsRegex) { i++; continue; }
      let k = i + 1;
      let inClass = false;
      while (k < n && source[k] !== '\n') {
        const r = source[k]!;
        if (r === '\\') { k += 2; continue; }
        if (r === '[') inClass = true;
        else if (r === ']') inClass = false;
        else if (r === '/' && !inClass) break;
        k++;
      }
      if (options.strings) blank(i + 1, k);
      i = k + 1;
    } else {
      i++;
    }
  }
  return out.join('');
}

/** 1-based line number of a character offset. */
export function lineAt(source: string, offset: number): number {
  let line = 1;
  for (let k = 0; k < offset && k < source.length; k++) if (source[k] === '\n') line++;
  return line;
}

export interface ImportRef {
  specifier: string;
  line: number;
}

// `import x from 'm'`, `import type {a,\n b} from 'm'`, `import 'm'`, `export * from 'm'`,
// `import('m')`, `require('m')`. The part between the keyword and `from` holds no quotes.
const IMPORT_PATTERNS = [
  /\b(?:import|export)\s+(?:type\s+)?(?:[^'";`]*?\bfrom\s*)?(['"])([^'"\n]+)\1/g,
  /\bimport\s*\(\s*(['"])([^'"\n]+)\1/g,
  /\brequire\s*\(\s*(['"])([^'"\n]+)\1/g,
];

/** Every module specifier the file imports, re-exports, dynamically imports or requires. */
export function findImports(source: string): ImportRef[] {
  const noComments = maskSource(source, { strings: false });
  const code = maskSource(source, { strings: true });
  const found: { index: number; ref: ImportRef }[] = [];
  for (const pattern of IMPORT_PATTERNS) {
    for (const match of noComments.matchAll(pattern)) {
      const index = match.index ?? 0;
      // A keyword inside a string or template (masked in `code`) is text, not an import.
      if (code.slice(index, index + 6) !== noComments.slice(index, index + 6)) continue;
      found.push({ index, ref: { specifier: match[2]!, line: lineAt(source, index) } });
    }
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.ref);
}

const SOURCE_EXTENSIONS = /\.(?:ts|tsx|mts|cts)$/;

/** Source files under `dir` (recursively), as paths relative to `root` with forward slashes. */
export function listSourceFiles(root: string, dir: string): string[] {
  const start = join(root, dir);
  const files: string[] = [];
  const walk = (abs: string) => {
    let entries: string[];
    try {
      entries = readdirSync(abs);
    } catch {
      return; // a folder that does not exist yet has no files to check
    }
    for (const name of entries.sort()) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const full = join(abs, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (SOURCE_EXTENSIONS.test(name)) files.push(relative(root, full).split(sep).join('/'));
    }
  };
  walk(start);
  return files;
}
