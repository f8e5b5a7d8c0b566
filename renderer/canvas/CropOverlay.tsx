// Non-destructive crop of an image element: over the element's box it shows the whole image
// (dimmed) and the kept part with eight handles. Dragging a handle resizes the crop, dragging
// inside moves it; Apply (or Enter) stores the crop as fractions of the image, Cancel (or Escape)
// leaves the element unchanged. The image bytes are never touched.
import { ownValue } from '../../core/model/own';
import { useEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findElement, type ImageCrop, type ImageElement } from '../../core/model';
import { useDesignStore } from '../state/design-store';
import { useImageStore } from '../assets/image-store';
import { useCropStore } from '../meme/crop-store';

const FULL: ImageCrop = { x: 0, y: 0, width: 1, height: 1 };
/** Smallest crop, as a fraction of the image side. */
const MIN_FRACTION = 0.02;
const HANDLES = ['nw', 'n', 'ne', 'e', 'se', 's', 'sw', 'w'] as const;
type Handle = (typeof HANDLES)[number] | 'move';

/** Applies a pointer movement (in image fractions) to the crop for the dragged handle, clamped to the image. */
export function dragCrop(start: ImageCrop, handle: Handle, dx: number, dy: number): ImageCrop {
  let left = start.x;
  let top = start.y;
  let right = start.x + start.width;
  let bottom = start.y + start.height;
  if (handle === 'move') {
    const x = Math.min(1 - start.width, Math.max(0, start.x + dx));
    const y = Math.min(1 - start.height, Math.max(0, start.y + dy));
    return { ...start, x, y };
  }
  if (handle.includes('w')) left = Math.min(right - MIN_FRACTION, Math.max(0, left + dx));
  if (handle.includes('e')) right = Math.max(left + MIN_FRACTION, Math.min(1, right + dx));
  if (handle.includes('n')) top = Math.min(bottom - MIN_FRACTION, Math.max(0, top + dy));
  if (handle.includes('s')) bottom = Math.max(top + MIN_FRACTION, Math.min(1, bottom + dy));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

export function CropOverlay({ zoom, offset }: { zoom: number; offset: { x: number; y: number } }) {
  const { t } = useTranslation();
  const croppingId = useCropStore((s) => s.croppingId);
  const elements = useDesignStore((s) => s.design.elements);
  const assets = useDesignStore((s) => s.design.assets);
  const loaded = useImageStore((s) => s.assets);
  const found = croppingId ? findElement(elements, croppingId) : undefined;
  const element = found?.type === 'image' ? found : undefined;
  const [crop, setCrop] = useState<ImageCrop>(element?.crop ?? FULL);
  const drag = useRef<{ handle: Handle; x: number; y: number; start: ImageCrop } | null>(null);
  // Another image to crop starts from its own crop (state adjusted while rendering, as React advises).
  const [cropFor, setCropFor] = useState(croppingId);
  if (cropFor !== croppingId) {
    setCropFor(croppingId);
    setCrop(element?.crop ?? FULL);
  }
  useEffect(() => {
    if (croppingId && !element) useCropStore.getState().stop();
  }, [croppingId, element]);

  const apply = () => {
    if (!element) return;
    const whole = crop.x <= 1e-6 && crop.y <= 1e-6 && crop.width >= 1 - 1e-6 && crop.height >= 1 - 1e-6;
    const rounded = whole ? undefined : roundCrop(crop);
    useDesignStore.getState().updateElement<ImageElement>(element.id, { crop: rounded }, 'history.crop');
    useCropStore.getState().stop();
  };
  const cancel = () => useCropStore.getState().stop();

  useEffect(() => {
    if (!element) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Enter') apply();
      else if (e.key === 'Escape') cancel();
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  });

  const info = element ? ownValue(assets, element.assetId) : undefined;
  const src = element ? loaded.get(element.assetId)?.image.src : undefined;
  // The whole image, contained in the element's box on screen.
  const preview = useMemo(() => {
    if (!element || !info) return null;
    const bw = element.width * zoom;
    const bh = element.height * zoom;
    const k = Math.min(bw / info.width, bh / info.height);
    const w = info.width * k;
    const h = info.height * k;
    return { left: offset.x + element.x * zoom + (bw - w) / 2, top: offset.y + element.y * zoom + (bh - h) / 2, width: w, height: h };
  }, [element, info, zoom, offset.x, offset.y]);
  if (!element || !preview) return null;

  const onPointerDown = (e: ReactPointerEvent<HTMLElement>) => {
    e.preventDefault();
    e.stopPropagation();
    (e.target as HTMLElement).setPointerCapture?.(e.pointerId);
    const handle = (e.currentTarget.dataset.handle ?? 'move') as Handle;
    drag.current = { handle, x: e.clientX, y: e.clientY, start: crop };
  };
  const onPointerMove = (e: ReactPointerEvent) => {
    const d = drag.current;
    if (!d) return;
    setCrop(dragCrop(d.start, d.handle, (e.clientX - d.x) / preview.width, (e.clientY - d.y) / preview.height));
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  const box = { left: crop.x * preview.width, top: crop.y * preview.height, width: crop.width * preview.width, height: crop.height * preview.height };
  return (
    <div className="crop-overlay" data-testid="crop-overlay" style={preview} onPointerMove={onPointerMove} onPointerUp={onPointerUp} onPointerCancel={onPointerUp}>
      {src && <img className="crop-image" src={src} alt="" draggable={false} />}
      <div className="crop-area" data-testid="crop-area" style={box} data-handle="move" onPointerDown={onPointerDown}>
        <span className="crop-window">
          {src && <img className="crop-image-kept" src={src} alt="" draggable={false} style={{ left: -box.left, top: -box.top, width: preview.width, height: preview.height }} />}
        </span>
        {HANDLES.map((h) => (
          <span key={h} className={`crop-handle crop-handle-${h}`} data-testid={`crop-handle-${h}`} data-handle={h} onPointerDown={onPointerDown} />
        ))}
      </div>
      <div className="crop-actions">
        <button type="button" className="btn btn-primary" data-testid="crop-apply" onClick={apply}>
          {t('imageProps.applyCrop')}
        </button>
        <button type="button" className="btn btn-plain" data-testid="crop-cancel" onClick={cancel}>
          {t('imageProps.cancelCrop')}
        </button>
      </div>
    </div>
  );
}

function roundCrop(c: ImageCrop): ImageCrop {
  const r = (v: number) => Math.round(v * 10_000) / 10_000;
  const x = r(c.x);
  const y = r(c.y);
  return { x, y, width: Math.min(1 - x, r(c.width)), height: Math.min(1 - y, r(c.height)) };
}
