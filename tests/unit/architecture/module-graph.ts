// The import graph of the source tree, for the rules no single file shows: no import cycles
// anywhere, and inside renderer/ the layers point down (domain modules, then actions, then
// components). Pure over a file -> imports map, so the rules can be proven on fabricated graphs.
import { posix } from 'node:path';
import { findImports, lineAt, maskSource } from './source-scan';

export type ModuleGraph = ReadonlyMap<string, readonly string[]>;

const EXTENSIONS = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The repo file a relative specifier names, or null for packages and assets (.css, .json, ?url). */
export function resolveImport(fromFile: string, specifier: string, files: ReadonlySet<string>): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = posix.normalize(posix.join(posix.dirname(fromFile), specifier.split('?')[0]!));
  if (files.has(base)) return base;
  for (const ext of EXTENSIONS) if (files.has(base + ext)) return base + ext;
  return null;
}

// `import type {…} from 'm'` and `export type {…} from 'm'`: erased when compiled, so never a
// runtime dependency (types may refer to each other in a circle; modules may not).
const TYPE_ONLY = /\b(?:import|export)\s+type\s+(?:[^'";`]*?\bfrom\s*)(['"])([^'"\n]+)\1/g;

function typeOnlyImports(source: string): Set<string> {
  const code = maskSource(source, { strings: false });
  const out = new Set<string>();
  for (const m of code.matchAll(TYPE_ONLY)) out.add(`${lineAt(source, m.index ?? 0)}:${m[2]}`);
  return out;
}

/** The graph of `sources` (repo-relative path -> text) over runtime relative imports between them. */
export function buildGraph(sources: ReadonlyMap<string, string>): ModuleGraph {
  const files = new Set(sources.keys());
  const graph = new Map<string, string[]>();
  for (const [file, text] of sources) {
    const typeOnly = typeOnlyImports(text);
    const targets = findImports(text)
      .filter((ref) => !typeOnly.has(`${ref.line}:${ref.specifier}`))
      .map((ref) => resolveImport(file, ref.specifier, files))
      .filter((t): t is string => t !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every import cycle, as the files of one strongly connected component in a cycle's order. */
export function findCycles(graph: ModuleGraph): string[][] {
  // Tarjan's strongly connected components, iteratively deep enough for any source tree.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      const selfLoop = component.length === 1 && (graph.get(v) ?? []).includes(v);
      if (component.length > 1 || selfLoop) components.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return components;
}

export type RendererLayer = 'domain' | 'action' | 'component' | 'entry';

/**
 * Layers inside renderer/, bottom to top: domain modules (state, documents, fonts, packs, export
 * jobs: plain .ts), actions (renderer/actions/*.ts), components (.tsx, and the canvas's and
 * panels' hooks), and the entry (main.tsx).
 */
export function rendererLayer(file: string): RendererLayer | null {
  if (!file.startsWith('renderer/')) return null;
  if (file === 'renderer/main.tsx') return 'entry';
  if (file.endsWith('.tsx') || file.startsWith('renderer/canvas/') || file.startsWith('renderer/panels/')) return 'component';
  if (file.startsWith('renderer/actions/')) return 'action';
  return 'domain';
}

const RANK: Record<RendererLayer, number> = { domain: 0, action: 1, component: 2, entry: 3 };

export interface LayerViolation {
  file: string;
  target: string;
  rule: string;
}

/** Imports inside renderer/ that point up a layer (an action importing a component, say). */
export function layerViolations(graph: ModuleGraph): LayerViolation[] {
  const out: LayerViolation[] = [];
  for (const [file, targets] of graph) {
    const from = rendererLayer(file);
    if (!from) continue;
    for (const target of targets) {
      const to = rendererLayer(target);
      if (!to || RANK[to] <= RANK[from]) continue;
      const a = (layer: RendererLayer) => (layer === 'action' || layer === 'entry' ? `an ${layer}` : `a ${layer}`);
      const rule = from === 'action' && to === 'component' ? 'an action may not import a component' : `a ${from} module may not import ${a(to)}`;
      out.push({ file, target, rule });
    }
  }
  return out.sort((a, b) => (a.file + a.target).localeCompare(b.file + b.target));
}
