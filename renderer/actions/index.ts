// Every domain registers its actions here, once, at start-up. Add one line per domain file.
import { registerAppActions } from './app-actions';
import { registerEditActions } from './edit-actions';
import { registerTemplateActions } from './template-actions';
import { registerMemeActions } from './meme-actions';
import { registerExportActions } from './export-actions';
import { registerFileActions } from './file-actions';

export function registerAllActions(): void {
  registerAppActions();
  registerEditActions();
  registerTemplateActions();
  registerMemeActions();
  registerExportActions();
  registerFileActions();
}
