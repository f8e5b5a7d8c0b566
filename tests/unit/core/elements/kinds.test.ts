// The table of element kinds: every kind is registered once, its schema accepts what its factory
// makes, the content lock follows the kinds' keys, and the scene builder draws through the table.
import { describe, expect, it } from 'vitest';
import Konva from 'konva';
import { CONTENT_KEYS, ELEMENT_MODELS, createImageElement, createShapeElement, createTextElement, elementModel, elementSchema } from '../../../../core/elements';
import { lockForKey } from '../../../../core/model';
import { createSceneContext } from '../../../../core/scene';
import { buildElementNode } from '../../../../core/scene/builder';
import { setupNodeScene } from '../scene/node-scene';

describe('element kinds', () => {
  it('has one module per kind, in one table', () => {
    expect(ELEMENT_MODELS.map((k) => k.type)).toEqual(['text', 'image', 'shape', 'redact', 'qr', 'group']);
    for (const kind of ELEMENT_MODELS) expect(elementModel(kind.type)).toBe(kind);
  });

  it("accepts each factory's element with its own schema and the union", () => {
    const made = [
      createTextElement({ x: 0, y: 0, width: 10, height: 10, text: 'Hi' }),
      createImageElement({ x: 0, y: 0, width: 10, height: 10, assetId: 'photo' }),
      createShapeElement({ x: 0, y: 0, width: 10, height: 10, shape: 'star' }),
    ];
    for (const el of made) {
      expect(elementModel(el.type).schema.safeParse(el).success, el.type).toBe(true);
      expect(elementSchema.safeParse(el).success, el.type).toBe(true);
    }
  });

  it('the content lock covers exactly the keys the kinds declare', () => {
    expect([...CONTENT_KEYS].sort()).toEqual(['assetId', 'data', 'text', 'variants']);
    for (const key of CONTENT_KEYS) expect(lockForKey(key)).toBe('content');
    expect(lockForKey('fill')).toBe('style');
    // Where an element goes at other sizes is part of its placement: the move lock holds it.
    expect(lockForKey('anchor')).toBe('move');
  });

  it('builds each node with the Konva class its kind names', () => {
    setupNodeScene();
    const ctx = createSceneContext({ language: 'en', assets: {} });
    const nodes = [
      createTextElement({ x: 0, y: 0, width: 10, height: 10, text: 'Hi' }),
      createShapeElement({ x: 0, y: 0, width: 10, height: 10, shape: 'ellipse' }),
      createShapeElement({ x: 0, y: 0, width: 10, height: 10, shape: 'rect' }),
      createShapeElement({ x: 0, y: 0, width: 10, height: 10, shape: 'arrow' }),
      createImageElement({ x: 0, y: 0, width: 10, height: 10, assetId: 'photo' }),
    ].map((el) => buildElementNode(el, ctx));
    expect(nodes.map((n) => n.getClassName())).toEqual(['Text', 'Ellipse', 'Rect', 'Shape', 'Shape']);
    expect(nodes[0]).toBeInstanceOf(Konva.Text);
  });
});
