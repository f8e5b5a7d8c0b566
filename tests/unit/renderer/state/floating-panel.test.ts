// In a narrow window a new design or a new element closes the floating left panel, wherever it came from.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDesign, createTextElement } from '../../../../core/model';
import { useDesignStore } from '../../../../renderer/state/design-store';
import { useEditorStore } from '../../../../renderer/state/editor-store';
import { installFloatingPanelClose } from '../../../../renderer/state/floating-panel';

const design = () => useDesignStore.getState();
const editor = () => useEditorStore.getState();
let narrow = true;

describe('the floating left panel', () => {
  let stop: () => void = () => undefined;
  beforeEach(() => {
    narrow = true;
    vi.stubGlobal('window', { matchMedia: (query: string) => ({ matches: narrow && query.includes('max-width') }) });
    design().replaceDesign(createDesign());
    useDesignStore.setState({ authorMode: true });
    stop = installFloatingPanelClose();
    editor().setLeftOpen(true);
  });
  afterEach(() => {
    stop();
    vi.unstubAllGlobals();
  });

  it('closes when an element is added or another design opens, and stays open for other changes', () => {
    const text = createTextElement({ id: 't', x: 0, y: 0, width: 100, height: 40, text: 'Hi' });
    design().addElements([text]);
    expect(editor().leftOpen).toBe(false);

    editor().setLeftOpen(true);
    design().updateElement('t', { x: 5 }, 'history.move');
    design().undo();
    expect(editor().leftOpen).toBe(true);

    design().replaceDesign(createDesign());
    expect(editor().leftOpen).toBe(false);
  });

  it('stays beside the canvas in a wide window', () => {
    narrow = false;
    design().addElements([createTextElement({ id: 't', x: 0, y: 0, width: 100, height: 40, text: 'Hi' })]);
    design().replaceDesign(createDesign());
    expect(editor().leftOpen).toBe(true);
  });
});
