// The selection keeps only elements the design has, whatever took them away.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDesign, createShapeElement, createTextElement, type Design } from '../../../../core/model';
import { useDesignStore } from '../../../../renderer/state/design-store';
import { useEditorStore } from '../../../../renderer/state/editor-store';
import { installSelectionSync } from '../../../../renderer/state/selection-sync';

const design = () => useDesignStore.getState();
const editor = () => useEditorStore.getState();

describe('selection sync', () => {
  let stop: () => void = () => undefined;
  beforeEach(() => {
    const base: Design = { ...createDesign(), elements: [createShapeElement({ id: 'kept', shape: 'rect', x: 0, y: 0, width: 10, height: 10 })] };
    design().replaceDesign(base);
    useDesignStore.setState({ authorMode: true });
    editor().select([]);
    editor().setEditingText(null);
    stop = installSelectionSync();
  });
  afterEach(() => stop());

  it('drops an undone insert from the selection and from text editing, and keeps the rest', () => {
    const text = createTextElement({ id: 'added', x: 0, y: 0, width: 100, height: 40, text: 'Hi' });
    design().addElements([text]);
    editor().select(['kept', 'added']);
    editor().setEditingText('added');
    design().undo();
    expect(editor().selectedIds).toEqual(['kept']);
    expect(editor().editingTextId).toBeNull();
    // A change that keeps every selected element leaves the selection as it is.
    const before = editor().selectedIds;
    design().updateElement('kept', { x: 5 }, 'history.move');
    expect(editor().selectedIds).toBe(before);
  });

  it('empties the selection when another design replaces this one', () => {
    editor().select(['kept']);
    design().replaceDesign(createDesign());
    expect(editor().selectedIds).toEqual([]);
  });
});
