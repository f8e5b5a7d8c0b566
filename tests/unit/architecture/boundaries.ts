// The rooms of DESIGN.md as executable rules: which folder may import what, and which globals
// core/ may not touch. `checkFile` is pure (path + text in, violations out) so the rules can be
// proven on fabricated snippets as well as run over the real tree.
import { builtinModules } from 'node:module';
import { posix } from 'node:path';
import { findImports, lineAt, maskSource } from './source-scan';

export interface Violation {
  file: string;
  line: number;
  rule: string;
  detail: string;
}

export const SOURCE_ROOTS = ['core', 'electron', 'renderer', 'cli'] as const;

const NODE_BUILTINS = new Set(builtinModules.filter((m) => !m.startsWith('_')));

export function isNodeBuiltin(specifier: string): boolean {
  if (specifier.startsWith('node:')) return true;
  return NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(specifier.split('/')[0]!);
}

/** True when `specifier` is the package `name` or one of its subpaths (`react-dom/client`). */
function isPackage(specifier: string, name: string): boolean {
  return specifier === name || specifier.startsWith(name + '/');
}

/** Repo-relative target of a relative import, or null for a package import. */
function resolveRelative(fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith('./') && !specifier.startsWith('../') && specifier !== '.' && specifier !== '..') return null;
  return posix.normalize(posix.join(posix.dirname(fromFile), specifier));
}

function isUnder(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder + '/');
}

const CORE_FORBIDDEN_PACKAGES = ['react', 'react-dom', 'react-konva', 'zustand', 'electron'];

// Browser-only globals. `window.`, `document.` and `navigator.` are matched as accesses so a
// local variable or property named `window` elsewhere does not count; the rest by name.
const DOM_ACCESS = /(?<![\w$.])(window|document|navigator)\s*\??\.|(?<![\w$.])(localStorage|sessionStorage|indexedDB|HTMLElement|requestAnimationFrame)(?![\w$])|\bglobalThis\s*\??\.\s*(window|document|navigator|localStorage|sessionStorage|indexedDB|HTMLElement|requestAnimationFrame)(?![\w$])/g;

function importRules(file: string, specifier: string): string[] {
  const target = resolveRelative(file, specifier);
  const broken: string[] = [];
  if (isUnder(file, 'core')) {
    for (const pkg of CORE_FORBIDDEN_PACKAGES) if (isPackage(specifier, pkg)) broken.push(`core/ may not import ${pkg}`);
    if (isNodeBuiltin(specifier)) broken.push('core/ may not import Node built-ins');
    for (const room of ['electron', 'renderer', 'cli'])
      if (target && isUnder(target, room)) broken.push(`core/ may not import from ${room}/`);
  }
  if (isUnder(file, 'renderer')) {
    if (isPackage(specifier, 'electron')) broken.push('renderer/ may not import electron');
    if (isNodeBuiltin(specifier)) broken.push('renderer/ may not import Node built-ins');
    for (const room of ['electron', 'cli'])
      if (target && isUnder(target, room)) broken.push(`renderer/ may not import from ${room}/`);
  }
  if (isUnder(file, 'electron/services') && isPackage(specifier, 'electron'))
    broken.push('electron/services/ may not import electron (pass dialogs and paths in)');
  if (isUnder(file, 'cli')) {
    if (isPackage(specifier, 'electron')) broken.push('cli/ may not import electron');
    // The message catalogs are data shared by every user-facing room; renderer code is not.
    if (target && isUnder(target, 'renderer') && !isMessageCatalog(target)) broken.push('cli/ may not import from renderer/');
    // Plain-Node services are shareable; main, preload and ipc are Electron-only.
    if (target && isUnder(target, 'electron') && !isUnder(target, 'electron/services'))
      broken.push('cli/ may not import from electron/ (except electron/services/)');
  }
  return broken;
}

/** renderer/i18n/<lang>.json: translations, plain data. */
export function isMessageCatalog(target: string): boolean {
  return /^renderer\/i18n\/[a-z]{2}\.json$/.test(target);
}

/** All rule violations in one source file. `file` is repo-relative with forward slashes. */
export function checkFile(file: string, source: string): Violation[] {
  const violations: Violation[] = [];
  for (const ref of findImports(source)) {
    for (const rule of importRules(file, ref.specifier))
      violations.push({ file, line: ref.line, rule, detail: `'${ref.specifier}'` });
  }
  if (isUnder(file, 'core')) {
    const code = maskSource(source, { strings: true });
    for (const match of code.matchAll(DOM_ACCESS)) {
      const name = match[1] ?? match[2] ?? match[3] ?? match[0];
      violations.push({ file, line: lineAt(source, match.index ?? 0), rule: 'core/ may not use DOM globals', detail: name });
    }
  }
  return violations.sort((a, b) => a.line - b.line);
}

export function formatViolation(v: Violation): string {
  return `${v.file}:${v.line}: ${v.rule}: ${v.detail}`;
}
