// Redaction boxes, drawn by core/scene/redact over what lies beneath them.
import type Konva from 'konva';
import { boxDrawingAttrs } from '../../scene/common';
import { drawRedaction } from '../../scene/redact';
import type { ElementScene } from '../kind';
import type { RedactElement } from './model';

/** The blur/pixelate box: draws over what lies beneath it on the same canvas. */
export function redactAttrs(el: RedactElement): Konva.ShapeConfig {
  return boxDrawingAttrs(el, (native, w, h) => drawRedaction(native, el, w, h));
}

export const redactScene: ElementScene<RedactElement> = {
  konvaClass: () => 'Shape',
  attrs: redactAttrs,
};
