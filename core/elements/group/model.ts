// Groups, the model: elements that move, scale and lock together. The schema's own fields (children
// are added by the union in ../index.ts, since they may be any kind).
import { z } from 'zod';
import { lazySchema } from '../../model/lazy-schema';
import { elementBase } from '../../model/primitives';
import type { ElementModel } from '../kind';

export const groupBaseSchema = lazySchema(() => z.object({ ...elementBase, type: z.literal('group') }).strict());

export type GroupBase = z.infer<typeof groupBaseSchema>;

export const groupModel: ElementModel<GroupBase> = {
  type: 'group',
  schema: groupBaseSchema,
  contentKeys: [],
};
