// The Arabic, Hebrew and emoji faces the interface's text fields name (styles.css: text areas,
// text inputs, layer names), registered the first time something may show them there: a field
// taking the focus, or a document with a layer named beyond ASCII. A document's text registers
// them before its first draw anyway (text-font-loader.ts). Registering a face restyles the whole
// window, a task of 40-50 ms on a busy two-core machine; done at idle on a fresh window, it was the
// start's last long task in about half the starts (issue 19's start benchmark).
import { walkElements, type Design } from '../../core/model';

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search', 'email', 'url', 'tel']);

/** Whether `target` is a field the user types into (a text area, a text input, editable content). */
export function isTextEntry(target: EventTarget | null): boolean {
  const el = target as { tagName?: unknown; type?: unknown; isContentEditable?: unknown } | null;
  if (!el || typeof el.tagName !== 'string') return false;
  if (el.isContentEditable === true) return true;
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return true;
  return tag === 'INPUT' && TEXT_INPUT_TYPES.has(String(el.type ?? '').toLowerCase());
}

/** Whether a layer of `design` is named with characters beyond ASCII (the layers panel shows its name). */
export function namesBeyondAscii(design: Design): boolean {
  for (const { element } of walkElements(design.elements)) {
    for (let i = 0; i < element.name.length; i++) if (element.name.charCodeAt(i) > 0x7f) return true;
  }
  return false;
}

interface FieldFallbackHooks {
  /** Registers the faces (called once). */
  register(): void;
  /** Calls back on every change of the open document; returns the unsubscribe. */
  subscribe(listener: (design: Design) => void): () => void;
  current(): Design;
  /** Where focus events are heard (the document). */
  target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
}

/** Registers the fields' fallback faces once a field takes the focus or the document names a layer beyond ASCII. */
export function registerFieldFallbacksWhenNeeded(hooks: FieldFallbackHooks): () => void {
  let done = false;
  let unsubscribe: () => void = () => undefined;
  const stop = () => {
    hooks.target.removeEventListener('focusin', onFocus);
    unsubscribe();
  };
  const register = () => {
    if (done) return;
    done = true;
    stop();
    hooks.register();
  };
  function onFocus(event: Event) {
    if (isTextEntry(event.target)) register();
  }
  hooks.target.addEventListener('focusin', onFocus);
  unsubscribe = hooks.subscribe((design) => {
    if (namesBeyondAscii(design)) register();
  });
  if (namesBeyondAscii(hooks.current())) register();
  return stop;
}
