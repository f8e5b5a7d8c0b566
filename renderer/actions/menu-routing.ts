// Native menu items arrive as action ids. While the user types in a field, the Edit items act on
// that field (Electron's menu accelerators would otherwise take Ctrl+Z, Ctrl+A and Delete away
// from it); everywhere else they run the design action from the registry.
import { runAction } from './registry';
import { isTyping } from './use-shortcuts';

const TEXT_COMMANDS: Readonly<Record<string, string>> = {
  'edit.undo': 'undo',
  'edit.redo': 'redo',
  'edit.selectAll': 'selectAll',
  'edit.delete': 'forwardDelete',
};

export function routeMenuAction(id: string, doc: Document = document): void {
  const command = TEXT_COMMANDS[id];
  if (command && isTyping(doc.activeElement)) {
    doc.execCommand(command);
    return;
  }
  void runAction(id);
}
