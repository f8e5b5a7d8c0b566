// The one table of user actions: every id the app registers, with its keyboard shortcuts. The
// renderer's registry (toolbar, menus, shortcuts, command palette) and the native menu's
// accelerators (electron/menu.ts) both read it, so a shortcut lives in exactly one place.
// Notation: "Mod+Shift+Z"; Mod is Ctrl (Cmd on macOS). The first shortcut is the one menus show.
export const ACTION_SHORTCUTS = {
  'file.new': ['Mod+N'],
  'file.open': ['Mod+O'],
  'file.save': ['Mod+S'],
  'file.saveAs': ['Mod+Shift+S'],
  'file.export': ['Mod+E'],
  'file.exportPng': ['Mod+Shift+E'],
  'file.print': ['Mod+P'],
  'file.bulk': [],
  'pack.import': [],
  'pack.export': [],
  'edit.undo': ['Mod+Z'],
  'edit.redo': ['Mod+Shift+Z', 'Mod+Y'],
  'edit.copy': ['Mod+C'],
  'edit.cut': ['Mod+X'],
  'edit.paste': ['Mod+V'],
  'edit.copyImage': ['Mod+Shift+C'],
  'edit.duplicate': ['Mod+D'],
  'edit.delete': ['Delete', 'Backspace'],
  'edit.selectAll': ['Mod+A'],
  'edit.deselect': ['Escape'],
  'edit.nudgeLeft': ['ArrowLeft'],
  'edit.nudgeRight': ['ArrowRight'],
  'edit.nudgeUp': ['ArrowUp'],
  'edit.nudgeDown': ['ArrowDown'],
  'edit.nudgeLeftFar': ['Shift+ArrowLeft'],
  'edit.nudgeRightFar': ['Shift+ArrowRight'],
  'edit.nudgeUpFar': ['Shift+ArrowUp'],
  'edit.nudgeDownFar': ['Shift+ArrowDown'],
  'select.next': ['Tab'],
  'select.previous': ['Shift+Tab'],
  'text.edit': ['Enter'],
  'insert.text': ['T'],
  'insert.image': ['Mod+Shift+I'],
  'insert.rect': ['R'],
  'insert.roundRect': [],
  'insert.ellipse': ['O'],
  'insert.line': ['L'],
  'insert.arrow': ['A'],
  'insert.star': ['S'],
  'insert.bubble': ['B'],
  'insert.qr': [],
  'insert.disclaimer': [],
  'insert.label': [],
  'insert.redact': ['Mod+Shift+B'],
  'arrange.forward': ['Mod+]'],
  'arrange.backward': ['Mod+['],
  'arrange.front': ['Mod+Shift+]', 'Mod+Shift+}'],
  'arrange.back': ['Mod+Shift+[', 'Mod+Shift+{'],
  'arrange.group': ['Mod+G'],
  'arrange.ungroup': ['Mod+Shift+G'],
  'align.left': [],
  'align.hcenter': [],
  'align.right': [],
  'align.top': [],
  'align.vcenter': [],
  'align.bottom': [],
  'distribute.horizontal': [],
  'distribute.vertical': [],
  'layer.toggleVisible': [],
  'layer.toggleLock': [],
  'image.crop': [],
  'image.flipX': [],
  'image.flipY': [],
  'fonts.import': [],
  'meme.newClassic': ['Mod+Shift+M'],
  'meme.newBarTop': [],
  'meme.newBars': [],
  'meme.newLabels': [],
  'template.toggleAuthorMode': [],
  'template.saveAs': [],
  'template.editCopy': [],
  'template.exportBothLanguages': [],
  'view.zoomIn': ['Mod+='],
  'view.zoomOut': ['Mod+-'],
  'view.fit': ['Mod+0'],
  'view.actualSize': ['Mod+1'],
  'view.palette': ['Mod+K'],
  'view.allSizes': [],
  'help.about': [],
} as const satisfies Record<string, readonly string[]>;

export type ActionId = keyof typeof ACTION_SHORTCUTS;

export const ACTION_IDS = Object.keys(ACTION_SHORTCUTS) as ActionId[];

export function shortcutsOf(id: ActionId): readonly string[] {
  return ACTION_SHORTCUTS[id];
}

/** The native menu's accelerator for an action: its first shortcut, with Mod as CmdOrCtrl. */
export function menuAccelerator(id: ActionId): string | undefined {
  const first = ACTION_SHORTCUTS[id][0];
  return first?.replace(/^Mod\+/, 'CmdOrCtrl+');
}
