// Redaction boxes, drawn by core/scene/redact over what lies beneath them.
import type Konva from 'konva';
import { boxHitFunc, commonAttrs, nativeContext } from '../../scene/common';
import { drawRedaction } from '../../scene/redact';
import type { ElementScene } from '../kind';
import type { RedactElement } from './model';

/** The blur/pixelate box: draws over what lies beneath it on the same canvas. */
export function redactAttrs(el: RedactElement): Konva.ShapeConfig {
  return {
    ...commonAttrs(el),
    width: el.width,
    height: el.height,
    sceneFunc(context, shape) {
      const native = nativeContext(context);
      drawRedaction(native, el, shape.width(), shape.height());
    },
    hitFunc: boxHitFunc,
  };
}

export const redactScene: ElementScene<RedactElement> = {
  konvaClass: () => 'Shape',
  attrs: redactAttrs,
};
