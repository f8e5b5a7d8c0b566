// The canvas viewport: its size (followed with a ResizeObserver), zoom-to-fit, and where the page
// sits (scale and offset), kept in the shared view ref for gesture handlers.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useEditorStore } from '../../state/editor-store';
import { fitZoom, pageOffset } from '../geometry';
import type { CanvasView } from './canvas-refs';

export function useViewport(container: RefObject<HTMLDivElement | null>, page: { width: number; height: number }) {
  const [viewport, setViewport] = useState({ width: 800, height: 600 });
  const zoom = useEditorStore((s) => s.zoom);
  const zoomToFit = useEditorStore((s) => s.zoomToFit);
  const pan = useEditorStore((s) => s.pan);

  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      setViewport({ width: Math.floor(entry.contentRect.width), height: Math.floor(entry.contentRect.height) });
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [container]);

  const fitted = fitZoom(viewport, page);
  useEffect(() => {
    if (zoomToFit && Math.abs(zoom - fitted) > 1e-6) useEditorStore.getState().setZoom(fitted, true);
  }, [zoomToFit, fitted, zoom]);
  const scale = zoomToFit ? fitted : zoom;
  const base = pageOffset(viewport, page, scale);
  const offset = zoomToFit ? base : { x: base.x + pan.x, y: base.y + pan.y };

  // Gesture handlers read the latest view through this ref, so the handler objects stay stable
  // and memoised element views never re-render because of it.
  const view = useRef<CanvasView>({ scale, offset, viewport });
  useLayoutEffect(() => {
    view.current = { scale, offset, viewport };
  });
  return { viewport, scale, offset, view };
}
