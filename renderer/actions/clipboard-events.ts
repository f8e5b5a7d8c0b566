// Copy, cut and paste of elements through the platform's clipboard events. Browsers fire them for
// Ctrl/Cmd+C/X/V, Electron's Edit menu roles fire them too, and clipboardData works without any
// clipboard permission. In a text field the events are left alone, so text editing works natively.
import { copySelection, cutSelection, pasteAppClipboard, pasteFromEvent } from './edit-actions';
import { isTyping } from './use-shortcuts';

export function installClipboardEvents(target: Window = window): () => void {
  const sinkFor = (e: ClipboardEvent) => (text: string) => e.clipboardData!.setData('text/plain', text);
  const onCopy = (e: ClipboardEvent) => {
    if (isTyping(e.target) || !e.clipboardData) return;
    if (copySelection(sinkFor(e))) e.preventDefault();
  };
  const onCut = (e: ClipboardEvent) => {
    if (isTyping(e.target) || !e.clipboardData) return;
    if (cutSelection(sinkFor(e))) e.preventDefault();
  };
  const onPaste = (e: ClipboardEvent) => {
    if (isTyping(e.target)) return;
    e.preventDefault();
    const data = e.clipboardData;
    void (data ? pasteFromEvent(data) : Promise.resolve(false)).then((pasted) => pasted || pasteAppClipboard());
  };
  target.addEventListener('copy', onCopy);
  target.addEventListener('cut', onCut);
  target.addEventListener('paste', onPaste);
  return () => {
    target.removeEventListener('copy', onCopy);
    target.removeEventListener('cut', onCut);
    target.removeEventListener('paste', onPaste);
  };
}
