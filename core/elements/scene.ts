// The table of element kinds, scene side: how each kind is drawn with Konva (<kind>/scene.ts).
// The export builder (core/scene/builder.ts) and the editor's views (renderer/canvas/ElementView)
// dispatch through it, so what you see is what you export.
import type Konva from 'konva';
import type { SceneContext } from '../scene/common';
import type { Element, ElementType } from './index';
import type { ElementScene, KonvaClassName } from './kind';
import { groupScene } from './group/scene';
import { imageScene } from './image/scene';
import { qrScene } from './qr/scene';
import { redactScene } from './redact/scene';
import { shapeScene } from './shape/scene';
import { textScene } from './text/scene';

export * from './text/scene';
export * from './image/scene';
export * from './shape/scene';
export * from './redact/scene';
export * from './qr/scene';
export * from './qr/matrix';
export * from './qr/check';
export * from './group/scene';

const SCENES: { readonly [T in ElementType]: ElementScene<Extract<Element, { type: T }>> } = {
  text: textScene,
  image: imageScene,
  shape: shapeScene,
  redact: redactScene,
  qr: qrScene,
  // A group's own fields; its children are drawn by the builder and the views.
  group: groupScene,
};

/** How `el` is drawn: its Konva class and attributes, from its kind's scene module. */
export function elementNodeSpec(el: Element, ctx: SceneContext): { className: KonvaClassName; attrs: Konva.NodeConfig } {
  const scene = SCENES[el.type] as ElementScene<Element>;
  return { className: scene.konvaClass(el), attrs: scene.attrs(el, ctx) };
}
