// Applies entrances to a built Konva tree at one moment: opacity, offset, scale around the centre,
// and the part of a text shown so far. Lines are kept as the full text wraps them, with the lines
// not reached yet left empty, so the words never re-flow or jump while they appear.
import Konva from 'konva';
import type { Design, Element } from '../model';
import { poseAt, type Pose } from './timeline';

function indexNodes(root: Konva.Container): Map<string, Konva.Node> {
  const byId = new Map<string, Konva.Node>();
  for (const node of root.find('.element')) if (node.id()) byId.set(node.id(), node);
  return byId;
}

type TextLine = { text: string };

/** Shows the first `share` of the text's characters or words, on the lines the whole text takes. */
function reveal(node: Konva.Text, unit: 'char' | 'word', share: number): void {
  const lines = ((node as unknown as { textArr: TextLine[] }).textArr ?? []).map((l) => l.text);
  const count = (s: string) => (unit === 'char' ? [...s.replace(/\s/g, '')].length : s.split(/\s+/).filter(Boolean).length);
  const total = lines.reduce((n, l) => n + count(l), 0);
  let left = Math.ceil(share * total - 1e-9);
  const shown = lines.map((line) => {
    if (left <= 0) return '';
    const here = count(line);
    if (here <= left) {
      left -= here;
      return line;
    }
    // Cut inside this line after `left` characters or words (spaces between them kept).
    let seen = 0;
    let out = '';
    const parts = unit === 'char' ? [...line] : line.split(/(\s+)/);
    for (const part of parts) {
      if (part.trim() === '') {
        out += part;
        continue;
      }
      if (seen >= left) break;
      out += part;
      seen += 1;
    }
    left = 0;
    return out.trimEnd();
  });
  node.text(shown.join('\n'));
}

function applyPose(node: Konva.Node, el: Element, pose: Pose): void {
  if (pose.opacity !== 1) node.opacity(node.opacity() * pose.opacity);
  if (pose.scale !== 1) {
    const s = pose.scale;
    const r = (node.rotation() * Math.PI) / 180;
    const hx = ((1 - s) * el.width) / 2;
    const hy = ((1 - s) * el.height) / 2;
    node.x(node.x() + hx * Math.cos(r) - hy * Math.sin(r));
    node.y(node.y() + hx * Math.sin(r) + hy * Math.cos(r));
    node.scale({ x: node.scaleX() * s, y: node.scaleY() * s });
  }
  if (pose.dx || pose.dy) node.position({ x: node.x() + pose.dx, y: node.y() + pose.dy });
  if (pose.reveal && node instanceof Konva.Text) reveal(node, pose.reveal.unit, pose.reveal.share);
}

/** Poses every animated element of `design` (as drawn in `root`) at `t` seconds. */
export function applyEntrances(root: Konva.Container, design: Pick<Design, 'elements' | 'width' | 'height'>, t: number): void {
  let nodes: Map<string, Konva.Node> | null = null;
  const visit = (els: readonly Element[]) => {
    for (const el of els) {
      if (el.animation) {
        const pose = poseAt(el, t, design.width, design.height);
        if (pose.opacity !== 1 || pose.scale !== 1 || pose.dx || pose.dy || pose.reveal) {
          nodes ??= indexNodes(root);
          const node = nodes.get(el.id);
          if (node) applyPose(node, el, pose);
        }
      }
      if (el.type === 'group') visit(el.children);
    }
  };
  visit(design.elements);
}
