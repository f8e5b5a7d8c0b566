// Groups, drawn as a Konva Group; the builder and the editor's views add the children.
import type Konva from 'konva';
import { commonAttrs } from '../../scene/common';
import type { ElementScene } from '../kind';
import type { GroupBase } from './model';

export function groupAttrs(el: GroupBase): Konva.GroupConfig {
  return commonAttrs(el);
}

export const groupScene: ElementScene<GroupBase> = {
  konvaClass: () => 'Group',
  attrs: groupAttrs,
};
