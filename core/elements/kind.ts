// What one element kind brings to the two tables. Its model (core/elements/<kind>/model.ts): the
// schema and the keys that hold what a volunteer fills in (the content lock); plain data, which
// the main process and the CLI read without loading Konva. Its scene (<kind>/scene.ts): the Konva
// mapping the editor's views, the export builder and the CLI draw with.
import type Konva from 'konva';
import type { z } from 'zod';
import type { SceneContext } from '../scene/common';

/** The Konva class that draws an element: Text, a native Rect or Ellipse, a custom Shape, a Group. */
export type KonvaClassName = 'Text' | 'Rect' | 'Ellipse' | 'Shape' | 'Group';

export interface ElementModel<T extends { type: string }> {
  readonly type: T['type'];
  /** The kind's own fields (a group's children are added by the union in index.ts). */
  readonly schema: z.ZodType;
  /** Keys the content lock protects (the text or the photo a template slot holds). */
  readonly contentKeys: readonly string[];
}

export interface ElementScene<T extends { type: string }> {
  konvaClass(el: T): KonvaClassName;
  attrs(el: T, ctx: SceneContext): Konva.NodeConfig;
}
