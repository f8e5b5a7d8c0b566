import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, MENU_ACTION_IDS } from '../../../electron/menu';
import { NATIVE_LABEL_KEYS, nativeLabels } from '../../../electron/menu-labels';

function items(menu: any[]): any[] {
  return menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

describe('native labels', () => {
  it('has a real label for every key in English and Spanish', () => {
    const en = nativeLabels('en');
    const es = nativeLabels('es');
    for (const key of NATIVE_LABEL_KEYS) {
      expect(en[key], key).not.toBe(key);
      expect(es[key], key).not.toBe(key);
    }
    expect(en['menu.file.title']).toBe('File');
    expect(es['menu.file.title']).toBe('Archivo');
  });
});

describe('buildMenuTemplate', () => {
  it('offers every action id once and labels every item', () => {
    const template = buildMenuTemplate({ language: 'es', platform: 'linux', sendAction: () => undefined });
    const ids = items(template).map((i) => i.id).filter(Boolean);
    expect(ids.sort()).toEqual([...MENU_ACTION_IDS].sort());
    for (const item of items(template)) if (item.type !== 'separator' && item.role !== 'appMenu') expect(item.label, JSON.stringify(item.role ?? item.id)).toBeTruthy();
    expect(items(template).find((i) => i.id === 'view.fit').label).toBe('Ajustar a la ventana');
  });

  it('sends the clicked action id with the window it came from', () => {
    const sendAction = vi.fn();
    const template = buildMenuTemplate({ language: 'en', platform: 'linux', sendAction });
    const win = { id: 1 };
    items(template).find((i) => i.id === 'view.zoomIn').click({}, win, {});
    expect(sendAction).toHaveBeenCalledWith('view.zoomIn', win);
  });

  it('puts the application menu first on macOS and Quit in File elsewhere', () => {
    const mac = buildMenuTemplate({ language: 'en', platform: 'darwin', sendAction: () => undefined });
    expect(mac[0]).toEqual({ role: 'appMenu' });
    expect(items(mac).some((i) => i.role === 'quit')).toBe(false);
    const linux: any[] = buildMenuTemplate({ language: 'en', platform: 'linux', sendAction: () => undefined });
    expect(linux[0].label).toBe('File');
    expect(items(linux[0].submenu).find((i) => i.role === 'quit')).toMatchObject({ label: 'Quit', accelerator: 'CmdOrCtrl+Q' });
  });
});

describe('the macOS Window menu', () => {
  it('has Minimize (Cmd+M), Zoom, Close (Cmd+W) and Bring All to Front on macOS only, in both languages', () => {
    const windowMenu = (platform: string, language: 'en' | 'es') =>
      buildMenuTemplate({ language, platform, sendAction: () => undefined }).find((m) => m.role === 'windowMenu');
    expect(windowMenu('linux', 'en')).toBeUndefined();
    expect(windowMenu('win32', 'en')).toBeUndefined();
    const mac = windowMenu('darwin', 'en')!;
    expect(mac.label).toBe('Window');
    const items = mac.submenu as { role?: string; accelerator?: string; label?: string }[];
    expect(items.filter((i) => i.role).map((i) => [i.role, i.accelerator ?? null])).toEqual([
      ['minimize', 'Cmd+M'],
      ['zoom', null],
      ['close', 'Cmd+W'],
      ['front', null],
    ]);
    expect(windowMenu('darwin', 'es')!.label).toBe('Ventana');
  });
});

describe('File > Open Recent', () => {
  it('lists recent designs by file name and opens the one clicked; says when there are none', () => {
    const openRecent = vi.fn();
    const find = (t: any[]) => items(t).find((i) => i.label === 'Open Recent');
    const template = buildMenuTemplate({ language: 'en', platform: 'linux', sendAction: () => undefined, recent: ['/docs/rally.placard', 'C:\\Users\\ana\\flyer.placard'], openRecent });
    const submenu = find(template).submenu as any[];
    expect(submenu.map((i) => i.label)).toEqual(['rally.placard', 'flyer.placard']);
    submenu[1].click();
    expect(openRecent).toHaveBeenCalledWith('C:\\Users\\ana\\flyer.placard');
    const empty = buildMenuTemplate({ language: 'es', platform: 'darwin', sendAction: () => undefined, recent: [] });
    const none = items(empty).find((i) => i.label === 'Abrir reciente').submenu as any[];
    expect(none).toEqual([{ label: 'No hay diseños recientes', enabled: false }]);
  });
});
