// Renders the open modal over the app with a backdrop, focus on open and Escape to dismiss.
import { useEffect, useRef } from 'react';
import { useDialogStore } from './dialog-store';

export function DialogHost() {
  const current = useDialogStore((s) => s.current);
  const close = useDialogStore((s) => s.close);
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!current) return;
    const previous = document.activeElement as HTMLElement | null;
    const first = ref.current?.querySelector<HTMLElement>('[data-autofocus], button, input, select, textarea');
    first?.focus();
    return () => previous?.focus?.();
  }, [current]);

  if (!current) return null;
  const { Component, props } = current;
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.stopPropagation()}>
      <div className="modal" role="dialog" aria-modal="true" ref={ref} data-testid="modal">
        <Component {...props} close={close} />
      </div>
    </div>
  );
}
