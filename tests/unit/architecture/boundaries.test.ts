// Keeps the rooms of DESIGN.md true: core/ stays pure, renderer/ stays browser-only,
// electron/services/ stays plain Node, cli/ stays out of the UI.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SOURCE_ROOTS, checkFile, formatViolation } from './boundaries';
import { findImports, listSourceFiles, maskSource } from './source-scan';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

describe('architecture boundaries', () => {
  const files = SOURCE_ROOTS.flatMap((root) => listSourceFiles(repoRoot, root));

  it('finds the source tree it is meant to guard', () => {
    // Guards against the scan silently checking nothing (a moved root, a broken walker).
    expect(files.some((f) => f.startsWith('core/'))).toBe(true);
    expect(files).toContain('core/api.ts');
  });

  it('has no import or global that crosses a room boundary', () => {
    const violations = files.flatMap((file) => checkFile(file, readFileSync(repoRoot + file, 'utf8')));
    expect(violations.map(formatViolation)).toEqual([]);
  });
});

describe('boundary scanner (self-test on fabricated files)', () => {
  const rulesOf = (file: string, source: string) => checkFile(file, source).map(formatViolation);

  it('catches forbidden imports in core/ with file and line', () => {
    const source = [
      "import { z } from 'zod';",
      "import Konva from 'konva';",
      "import { readFileSync } from 'node:fs';",
      "import path from 'path';",
      'import {',
      '  useState,',
      "} from 'react';",
      "import { createRoot } from 'react-dom/client';",
      "import { create } from 'zustand';",
      "import { app } from 'electron';",
      "export * from '../../electron/services/settings';",
      "const lazy = () => import('../../renderer/App');",
      "const cp = require('child_process');",
      "import type { Thing } from '../../cli/render';",
      "import { writeFile } from 'fs/promises';",
    ].join('\n');
    expect(rulesOf('core/model/bad.ts', source)).toEqual([
      "core/model/bad.ts:3: core/ may not import Node built-ins: 'node:fs'",
      "core/model/bad.ts:4: core/ may not import Node built-ins: 'path'",
      "core/model/bad.ts:5: core/ may not import react: 'react'",
      "core/model/bad.ts:8: core/ may not import react-dom: 'react-dom/client'",
      "core/model/bad.ts:9: core/ may not import zustand: 'zustand'",
      "core/model/bad.ts:10: core/ may not import electron: 'electron'",
      "core/model/bad.ts:11: core/ may not import from electron/: '../../electron/services/settings'",
      "core/model/bad.ts:12: core/ may not import from renderer/: '../../renderer/App'",
      "core/model/bad.ts:13: core/ may not import Node built-ins: 'child_process'",
      "core/model/bad.ts:14: core/ may not import from cli/: '../../cli/render'",
      "core/model/bad.ts:15: core/ may not import Node built-ins: 'fs/promises'",
    ]);
  });

  it('catches DOM globals in core/ code but not in comments or strings', () => {
    const source = [
      '// window.placard is mentioned in a comment',
      "const label = 'document.title in a string';",
      'const w = window.innerWidth;',
      '/* navigator.language */ const lang = navigator.language;',
      'localStorage.setItem(label, lang);',
      'const el: HTMLElement | null = null;',
      'requestAnimationFrame(() => {});',
      'const shape = { window: 1 }; const ok = shape.window;',
      'const msg = `width ${globalThis.document.body}`;',
    ].join('\n');
    expect(rulesOf('core/scene/bad.ts', source)).toEqual([
      'core/scene/bad.ts:3: core/ may not use DOM globals: window',
      'core/scene/bad.ts:4: core/ may not use DOM globals: navigator',
      'core/scene/bad.ts:5: core/ may not use DOM globals: localStorage',
      'core/scene/bad.ts:6: core/ may not use DOM globals: HTMLElement',
      'core/scene/bad.ts:7: core/ may not use DOM globals: requestAnimationFrame',
      'core/scene/bad.ts:9: core/ may not use DOM globals: document',
    ]);
  });

  it('catches renderer/, electron/services/ and cli/ crossings', () => {
    expect(
      rulesOf('renderer/bridge/client.ts', "import { ipcRenderer } from 'electron';\nimport fs from 'node:fs';\nimport { x } from '../../electron/ipc';\nimport { run } from '../../cli/main';\nimport { API } from '../../core/api';"),
    ).toEqual([
      "renderer/bridge/client.ts:1: renderer/ may not import electron: 'electron'",
      "renderer/bridge/client.ts:2: renderer/ may not import Node built-ins: 'node:fs'",
      "renderer/bridge/client.ts:3: renderer/ may not import from electron/: '../../electron/ipc'",
      "renderer/bridge/client.ts:4: renderer/ may not import from cli/: '../../cli/main'",
    ]);
    expect(rulesOf('electron/services/settings.ts', "import fs from 'node:fs';\nimport { dialog } from 'electron';")).toEqual([
      "electron/services/settings.ts:2: electron/services/ may not import electron (pass dialogs and paths in): 'electron'",
    ]);
    expect(rulesOf('electron/main.ts', "import { app } from 'electron';\nimport fs from 'node:fs';")).toEqual([]);
    expect(
      rulesOf('cli/render.ts', "import fs from 'node:fs';\nimport { App } from '../renderer/App';\nimport { app } from 'electron';\nimport { writeAtomic } from '../electron/services/files';\nimport { createWindow } from '../electron/main';"),
    ).toEqual([
      "cli/render.ts:2: cli/ may not import from renderer/: '../renderer/App'",
      "cli/render.ts:3: cli/ may not import electron: 'electron'",
      "cli/render.ts:5: cli/ may not import from electron/ (except electron/services/): '../electron/main'",
    ]);
    // The message catalogs are plain data the CLI may share; the renderer's i18n code is not.
    expect(rulesOf('cli/messages.ts', "import en from '../renderer/i18n/en.json';\nimport { initI18n } from '../renderer/i18n/index';")).toEqual([
      "cli/messages.ts:2: cli/ may not import from renderer/: '../renderer/i18n/index'",
    ]);
  });

  it('does not mistake text for imports', () => {
    const source = [
      "const doc = 'import fs from \"node:fs\"';",
      '// import { app } from "electron";',
      'const tpl = `require("os")`;',
      "import { z } from 'zod';",
    ].join('\n');
    expect(findImports(source)).toEqual([{ specifier: 'zod', line: 4 }]);
  });

  it('masks comments and literals while keeping line numbers', () => {
    const source = "const a = 'x'; // note\n/* b\n c */ const r = /[/]'/g; const t = `p${a}q`;";
    const masked = maskSource(source, { strings: true });
    expect(masked.split('\n')).toHaveLength(3);
    expect(masked).not.toMatch(/note|b\n c|p\$|q`/);
    expect(masked).toContain('const r = /');
    expect(masked).toContain('${a}');
    expect(masked.length).toBe(source.length);
  });
});
