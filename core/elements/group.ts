// Groups: elements that move, scale and lock together. The schema's own fields (children are
// added by the union in index.ts, since they may be any kind) and the Konva mapping (a Group; the
// builder and the editor's views add the children).
import type Konva from 'konva';
import { z } from 'zod';
import { elementBase } from '../model/primitives';
import { commonAttrs } from '../scene/common';
import type { ElementKind } from './kind';

export const groupBaseSchema = z.object({ ...elementBase, type: z.literal('group') }).strict();

export type GroupBase = z.infer<typeof groupBaseSchema>;

export function groupAttrs(el: GroupBase): Konva.GroupConfig {
  return commonAttrs(el);
}

export const groupKind: ElementKind<GroupBase> = {
  type: 'group',
  schema: groupBaseSchema,
  contentKeys: [],
  konvaClass: () => 'Group',
  attrs: groupAttrs,
};
