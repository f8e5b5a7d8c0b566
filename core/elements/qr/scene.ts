// QR code elements, drawn: a custom Shape that paints the light box and the dark modules.
import type Konva from 'konva';
import { boxDrawingAttrs, type SceneContext } from '../../scene/common';
import type { ElementScene } from '../kind';
import { drawQr, qrMatrix } from './matrix';
import { qrDataFor, type QrElement } from './model';

export function qrAttrs(el: QrElement, ctx: SceneContext): Konva.ShapeConfig {
  const matrix = qrMatrix(qrDataFor(el, ctx.language), el.errorCorrection);
  const dark = ctx.color(el.dark);
  const light = ctx.color(el.light);
  return boxDrawingAttrs(el, (native, w, h) => drawQr(native, matrix, w, h, dark, light));
}

export const qrScene: ElementScene<QrElement> = {
  konvaClass: () => 'Shape',
  attrs: qrAttrs,
};
