// Canvas view math: how the design page sits in the viewport.
export const PAGE_MARGIN = 48;

export function fitZoom(viewport: { width: number; height: number }, page: { width: number; height: number }): number {
  const w = Math.max(1, viewport.width - PAGE_MARGIN * 2);
  const h = Math.max(1, viewport.height - PAGE_MARGIN * 2);
  return Math.max(0.02, Math.min(w / page.width, h / page.height));
}

export function pageOffset(viewport: { width: number; height: number }, page: { width: number; height: number }, zoom: number) {
  return { x: Math.round((viewport.width - page.width * zoom) / 2), y: Math.round((viewport.height - page.height * zoom) / 2) };
}

/** Converts a transformed node's scale back into model width/height (the model never stores scale). */
export function bakeScale(node: { width(): number; height(): number; scaleX(): number; scaleY(): number }) {
  return {
    width: Math.max(1, Math.round(node.width() * Math.abs(node.scaleX()))),
    height: Math.max(1, Math.round(node.height() * Math.abs(node.scaleY()))),
  };
}
