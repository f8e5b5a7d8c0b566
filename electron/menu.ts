// The native menu as a template (plain data, built without touching Electron so it can be
// tested). Items the renderer implements send an action id; Quit and full screen use roles.
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../core/model/schema';
import { nativeLabels, type NativeLabelKey } from './menu-labels';
import { menuAccelerator, type ActionId } from '../core/actions';

export const MENU_ACTION_IDS = [
  'file.new',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.export',
  'file.exportPng',
  'file.print',
  'file.bulk',
  'edit.undo',
  'edit.redo',
  'edit.delete',
  'edit.selectAll',
  'view.zoomIn',
  'view.zoomOut',
  'view.fit',
  'view.actualSize',
  'view.allSizes',
  'help.about',
] as const satisfies readonly ActionId[];
export type MenuActionId = (typeof MENU_ACTION_IDS)[number];

export interface MenuOptions {
  language: Language;
  platform: string;
  /** Sends the action to the window the click came from (or the focused one). */
  sendAction(actionId: MenuActionId, window: unknown): void;
  /** Recent documents, newest first, for File > Open Recent. */
  recent?: readonly string[];
  openRecent?(filePath: string): void;
}

/** The last part of a path, for menu labels (both separators: paths may come from Windows). */
function fileNameOf(filePath: string): string {
  return filePath.split(/[\\/]/).pop() || filePath;
}

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const labels = nativeLabels(options.language);
  // Accelerators come from the action table the renderer's shortcuts use (core/actions.ts).
  const action = (id: MenuActionId, labelKey: NativeLabelKey): MenuItemConstructorOptions => {
    const accelerator = menuAccelerator(id);
    return {
      id,
      label: labels[labelKey],
      ...(accelerator ? { accelerator } : {}),
      click: (_item, window) => options.sendAction(id, window),
    };
  };
  const isMac = options.platform === 'darwin';

  const template: MenuItemConstructorOptions[] = [
    {
      label: labels['menu.file.title'],
      submenu: [
        action('file.new', 'menu.file.new'),
        action('file.open', 'menu.file.open'),
        {
          label: labels['menu.file.openRecent'],
          submenu: options.recent?.length
            ? options.recent.map((filePath) => ({ label: fileNameOf(filePath), toolTip: filePath, click: () => options.openRecent?.(filePath) }))
            : [{ label: labels['menu.file.noRecent'], enabled: false }],
        },
        action('file.save', 'menu.file.save'),
        action('file.saveAs', 'menu.file.saveAs'),
        action('file.export', 'menu.file.export'),
        action('file.exportPng', 'menu.file.exportPng'),
        action('file.bulk', 'menu.file.bulk'),
        { type: 'separator' },
        action('file.print', 'menu.file.print'),
        ...(isMac ? [] : [{ type: 'separator' } as const, { role: 'quit', label: labels['menu.file.quit'], accelerator: 'CmdOrCtrl+Q' } as const]),
      ],
    },
    {
      label: labels['menu.edit.title'],
      submenu: [
        action('edit.undo', 'menu.edit.undo'),
        action('edit.redo', 'menu.edit.redo'),
        { type: 'separator' },
        // Roles: in a text field they edit text; elsewhere Chromium fires copy/cut/paste events,
        // which the renderer turns into element copy and paste (renderer/actions/clipboard-events.ts).
        { role: 'cut', label: labels['menu.edit.cut'], accelerator: 'CmdOrCtrl+X' },
        { role: 'copy', label: labels['menu.edit.copy'], accelerator: 'CmdOrCtrl+C' },
        { role: 'paste', label: labels['menu.edit.paste'], accelerator: 'CmdOrCtrl+V' },
        action('edit.delete', 'menu.edit.delete'),
        { type: 'separator' },
        action('edit.selectAll', 'menu.edit.selectAll'),
      ],
    },
    {
      label: labels['menu.view.title'],
      submenu: [
        action('view.zoomIn', 'menu.view.zoomIn'),
        action('view.zoomOut', 'menu.view.zoomOut'),
        action('view.fit', 'menu.view.fit'),
        action('view.actualSize', 'menu.view.actualSize'),
        { type: 'separator' },
        action('view.allSizes', 'menu.view.allSizes'),
        { type: 'separator' },
        { role: 'togglefullscreen', label: labels['menu.view.toggleFullScreen'] },
      ],
    },
    // macOS: a Window menu (Minimize Cmd+M, Zoom, Close Cmd+W, Bring All to Front).
    ...(isMac
      ? [
          {
            label: labels['menu.window.title'],
            role: 'windowMenu' as const,
            submenu: [
              { role: 'minimize' as const, label: labels['menu.window.minimize'], accelerator: 'Cmd+M' },
              { role: 'zoom' as const, label: labels['menu.window.zoom'] },
              { role: 'close' as const, label: labels['menu.window.close'], accelerator: 'Cmd+W' },
              { type: 'separator' as const },
              { role: 'front' as const, label: labels['menu.window.front'] },
            ],
          },
        ]
      : []),
    {
      label: labels['menu.help.title'],
      submenu: [action('help.about', 'menu.help.about')],
    },
  ];
  // macOS expects the application menu first; Quit lives there.
  if (isMac) template.unshift({ role: 'appMenu' });
  return template;
}
