// Panning: hold Space (the cursor shows a hand) and drag, or drag with the middle button.
import { useEffect } from 'react';
import { useEditorStore } from '../../state/editor-store';
import type { CanvasRefs } from './canvas-refs';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function usePan(refs: CanvasRefs) {
  const { containerRef, viewRef, spaceDownRef, panningRef } = refs;
  // Space held = pan mode.
  useEffect(() => {
    const down = (e: KeyboardEvent) => {
      if (e.code !== 'Space' || isTyping(e.target) || e.repeat) return;
      spaceDownRef.current = true;
      if (containerRef.current) containerRef.current.style.cursor = 'grab';
      e.preventDefault();
    };
    const up = (e: KeyboardEvent) => {
      if (e.code !== 'Space') return;
      spaceDownRef.current = false;
      if (containerRef.current) containerRef.current.style.cursor = '';
    };
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
    };
  }, [containerRef, spaceDownRef]);

  const startPan = (clientX: number, clientY: number) => {
    const editor = useEditorStore.getState();
    const from = editor.zoomToFit ? { x: 0, y: 0 } : editor.pan;
    if (editor.zoomToFit) editor.setView(viewRef.current.scale, from);
    panningRef.current = { x: clientX, y: clientY, pan: from };
    if (containerRef.current) containerRef.current.style.cursor = 'grabbing';
    const move = (e: MouseEvent) => {
      const p = panningRef.current;
      if (p) useEditorStore.getState().setView(viewRef.current.scale, { x: p.pan.x + e.clientX - p.x, y: p.pan.y + e.clientY - p.y });
    };
    const up = () => {
      panningRef.current = null;
      if (containerRef.current) containerRef.current.style.cursor = spaceDownRef.current ? 'grab' : '';
      window.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', up);
    };
    window.addEventListener('mousemove', move);
    window.addEventListener('mouseup', up);
  };
  return startPan;
}
