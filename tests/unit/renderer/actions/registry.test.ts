// The action registry: one typed table of ids and shortcuts (core/actions.ts), registration once
// per id, lookup by shortcut, and the native menu wired to the same ids and keys.
import { beforeEach, describe, expect, it } from 'vitest';
import { ACTION_IDS, ACTION_SHORTCUTS, menuAccelerator } from '../../../../core/actions';
import { MENU_ACTION_IDS, buildMenuTemplate } from '../../../../electron/menu';
import { registerAllActions } from '../../../../renderer/actions';
import { DuplicateActionError, allActions, clearActions, findByShortcut, getAction, registerAction } from '../../../../renderer/actions/registry';

describe('action registry', () => {
  beforeEach(() => clearActions());

  it('refuses an id registered twice', () => {
    registerAction({ id: 'file.new', labelKey: 'actions.new', run: () => undefined });
    expect(() => registerAction({ id: 'file.new', labelKey: 'file.new', run: () => undefined })).toThrow(DuplicateActionError);
    expect(() => registerAction({ id: 'file.new', labelKey: 'file.new', run: () => undefined })).toThrow('action "file.new" is registered twice');
  });

  it('registers every action of the app exactly once, and only ids from the table', () => {
    expect(() => registerAllActions()).not.toThrow();
    const ids = allActions().map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...ACTION_IDS].sort());
  });

  it('finds actions by their shortcuts from the table', () => {
    registerAllActions();
    expect(findByShortcut('Mod+Z')?.id).toBe('edit.undo');
    expect(findByShortcut('Mod+Y')?.id).toBe('edit.redo');
    expect(findByShortcut('Mod+Shift+}')?.id).toBe('arrange.front');
    expect(findByShortcut('Shift+ArrowLeft')?.id).toBe('edit.nudgeLeftFar');
    expect(findByShortcut('Mod+Shift+Q')).toBeUndefined();
    expect(getAction('file.new')?.shortcuts).toEqual(['Mod+N']);
  });

  it('no shortcut belongs to two actions', () => {
    const owners = new Map<string, string>();
    for (const [id, keys] of Object.entries(ACTION_SHORTCUTS)) {
      for (const key of keys) {
        expect(owners.get(key), `${key} is used by ${owners.get(key)} and ${id}`).toBeUndefined();
        owners.set(key, id);
      }
    }
  });
});

describe('native menu and the action table', () => {
  beforeEach(() => clearActions());

  it('every menu item names a registered action', () => {
    registerAllActions();
    for (const id of MENU_ACTION_IDS) expect(getAction(id), id).toBeDefined();
  });

  it("menu accelerators are the table's first shortcuts, on every platform", () => {
    for (const platform of ['linux', 'win32', 'darwin']) {
      const template = buildMenuTemplate({ language: 'en', platform, sendAction: () => undefined });
      const items = template.flatMap((m) => (Array.isArray(m.submenu) ? m.submenu : []));
      for (const id of MENU_ACTION_IDS) {
        const item = items.find((i) => i.id === id);
        expect(item, id).toBeDefined();
        expect(item!.accelerator).toBe(menuAccelerator(id));
        const first = ACTION_SHORTCUTS[id][0];
        if (first) expect(item!.accelerator).toBe(first.replace('Mod+', 'CmdOrCtrl+'));
      }
    }
  });
});
