// The canvas viewport: its size (followed with a ResizeObserver), zoom-to-fit, and where the page
// sits (scale and offset), kept in the shared view ref for gesture handlers.
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { useEditorStore } from '../../state/editor-store';
import { fitZoom, pageOffset } from '../geometry';
import type { CanvasView } from './canvas-refs';

export function useViewport(container: RefObject<HTMLDivElement | null>, page: { width: number; height: number }) {
  // Null until the container is measured: the stage is created once, at its real size, not at a
  // guess and then resized (reallocating every layer's canvas at start).
  const [measured, setMeasured] = useState<{ width: number; height: number } | null>(null);
  const viewport = measured ?? { width: 800, height: 600 };
  const zoom = useEditorStore((s) => s.zoom);
  const zoomToFit = useEditorStore((s) => s.zoomToFit);
  const pan = useEditorStore((s) => s.pan);

  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    // Measured before the first paint (a layout effect's update renders again synchronously).
    // eslint-disable-next-line react-hooks/set-state-in-effect -- measuring the DOM before paint is what a layout effect is for
    setMeasured({ width: Math.floor(el.clientWidth), height: Math.floor(el.clientHeight) });
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const next = { width: Math.floor(entry.contentRect.width), height: Math.floor(entry.contentRect.height) };
      setMeasured((now) => (now && now.width === next.width && now.height === next.height ? now : next));
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
  return { viewport, measured: measured !== null, scale, offset, view };
}
