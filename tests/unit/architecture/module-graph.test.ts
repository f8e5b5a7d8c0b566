// The rules of the import graph: no import cycle anywhere, and renderer/'s layers point down
// (domain modules, then actions, then components). Each rule is also shown failing once on a
// fabricated tree, so a broken scanner cannot pass the real tree by finding nothing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SOURCE_ROOTS } from './boundaries';
import { listSourceFiles } from './source-scan';
import { buildGraph, findCycles, layerViolations, rendererLayer } from './module-graph';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

describe('module graph of the source tree', () => {
  const files = SOURCE_ROOTS.flatMap((root) => listSourceFiles(repoRoot, root));
  const graph = buildGraph(new Map(files.map((f) => [f, readFileSync(repoRoot + f, 'utf8')])));

  it('resolves the imports it is meant to check', () => {
    // Guards against a resolver that silently finds no edges.
    expect(graph.get('renderer/actions/export-actions.ts')).toContain('renderer/actions/registry.ts');
    expect(graph.get('renderer/dialogs/DialogHost.tsx')).toContain('renderer/export/ExportDialog.tsx');
    expect([...graph.values()].reduce((n, targets) => n + targets.length, 0)).toBeGreaterThan(500);
  });

  it('has no import cycle', () => {
    expect(findCycles(graph).map((c) => c.join(' <-> '))).toEqual([]);
  });

  it('keeps renderer/ layers pointing down: no action imports a component, no domain module an action', () => {
    expect(layerViolations(graph).map((v) => `${v.file} -> ${v.target}: ${v.rule}`)).toEqual([]);
  });
});

describe('module graph rules (self-test on fabricated trees)', () => {
  const tree = (files: Record<string, string>) => buildGraph(new Map(Object.entries(files)));

  it('fails on a cycle, however long, and on a module importing itself', () => {
    const graph = tree({
      'renderer/state/a.ts': "import { b } from './b';",
      'renderer/state/b.ts': "export * from '../documents/c';",
      'renderer/documents/c.ts': "import { a } from '../state/a';",
      'renderer/state/self.ts': "import { x } from './self';",
      'core/model/ok.ts': "import { z } from 'zod';",
    });
    expect(findCycles(graph)).toEqual([['renderer/documents/c.ts', 'renderer/state/a.ts', 'renderer/state/b.ts'], ['renderer/state/self.ts']]);
  });

  it('does not count type-only imports, which are erased when compiled', () => {
    const graph = tree({
      'core/a.ts': "import type { B } from './b';\nexport type { C } from './c';",
      'core/b.ts': "import { a } from './a';",
      'core/c.ts': "import { a } from './a';",
    });
    expect(findCycles(graph)).toEqual([]);
    expect(graph.get('core/a.ts')).toEqual([]);
  });

  it('fails on an action importing a component', () => {
    const graph = tree({
      'renderer/actions/export-actions.ts': "import { ExportDialog } from '../export/ExportDialog';",
      'renderer/export/ExportDialog.tsx': "import { runAction } from '../actions/registry';",
      'renderer/actions/registry.ts': '',
    });
    expect(layerViolations(graph)).toEqual([
      { file: 'renderer/actions/export-actions.ts', target: 'renderer/export/ExportDialog.tsx', rule: 'an action may not import a component' },
    ]);
  });

  it('fails on a wrong-way import: a domain module importing an action or a component', () => {
    const graph = tree({
      'renderer/documents/io.ts': "import { newDesign } from '../actions/app-actions';\nimport { Panel } from '../panels/Panel';",
      'renderer/actions/app-actions.ts': "import { useDesignStore } from '../state/design-store';",
      'renderer/state/design-store.ts': '',
      'renderer/panels/Panel.tsx': "import { newDesign } from '../actions/app-actions';",
    });
    expect(layerViolations(graph).map((v) => v.rule)).toEqual(['a domain module may not import an action', 'a domain module may not import a component']);
  });

  it('places files in layers by folder and kind', () => {
    expect(rendererLayer('renderer/state/design-store.ts')).toBe('domain');
    expect(rendererLayer('renderer/actions/registry.ts')).toBe('action');
    expect(rendererLayer('renderer/panels/Toolbar.tsx')).toBe('component');
    expect(rendererLayer('renderer/canvas/gestures/use-pan.ts')).toBe('component');
    expect(rendererLayer('renderer/main.tsx')).toBe('entry');
    expect(rendererLayer('core/model/schema.ts')).toBeNull();
  });
});
