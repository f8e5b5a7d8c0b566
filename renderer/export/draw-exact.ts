// Drawing a design onto a canvas of exactly the asked pixel size, on the page: the browser
// encoder's page path and the export checks (contrast behind text) draw this way.
import type { Design } from '../../core/model';
import type { SceneContext } from '../../core/scene';
import { renderDesignToCanvas } from '../../core/scene/builder';

/** Draws `design` at width x height design pixels onto a canvas of exactly round(side * pixelRatio). */
export function drawDesignExact(design: Design, ctx: SceneContext, width: number, height: number, pixelRatio: number): HTMLCanvasElement {
  const sized = design.width === width && design.height === height ? design : { ...design, width, height };
  const drawn = renderDesignToCanvas(sized, ctx, pixelRatio);
  const w = Math.round(width * pixelRatio);
  const h = Math.round(height * pixelRatio);
  if (drawn.width === w && drawn.height === h) return drawn;
  // Konva floors width x pixelRatio, so float noise can lose a pixel: redraw at the exact size.
  const exact = document.createElement('canvas');
  exact.width = w;
  exact.height = h;
  exact.getContext('2d')!.drawImage(drawn, 0, 0, w, h);
  releaseCanvas(drawn);
  return exact;
}

export function releaseCanvas(canvas: HTMLCanvasElement): void {
  // Frees the pixel buffer now instead of at the next garbage collection (big exports add up).
  canvas.width = 0;
  canvas.height = 0;
}
