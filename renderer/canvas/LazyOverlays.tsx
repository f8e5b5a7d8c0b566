// The canvas's occasional overlays (the command palette, the context menu, the image crop frame)
// are chunks of their own: each loads the first time it opens (preloaded when the editor is idle),
// so the first screen's script does not carry them.
import { Suspense } from 'react';
import { lazyComponent } from '../lazy-parts';
import { useUiStore } from '../state/ui-store';
import { useCropStore } from '../meme/crop-store';

const CommandPalette = lazyComponent(() => import('../panels/CommandPalette'), 'CommandPalette');
const ContextMenu = lazyComponent(() => import('../panels/ContextMenu'), 'ContextMenu');
const CropOverlay = lazyComponent(() => import('./CropOverlay'), 'CropOverlay');

export function LazyOverlays({ zoom, offset }: { zoom: number; offset: { x: number; y: number } }) {
  const paletteOpen = useUiStore((s) => s.paletteOpen);
  const menuOpen = useUiStore((s) => s.contextMenu !== null);
  const cropping = useCropStore((s) => s.croppingId !== null);
  return (
    <>
      {/* Image crop (issue 4): an HTML overlay over the image being cropped. */}
      <Suspense fallback={null}>{cropping && <CropOverlay zoom={zoom} offset={offset} />}</Suspense>
      <Suspense fallback={null}>{menuOpen && <ContextMenu />}</Suspense>
      <Suspense fallback={null}>{paletteOpen && <CommandPalette />}</Suspense>
    </>
  );
}
