// Work that waits for the window to have painted: the panels' stages (App.tsx), the lazy chunks'
// preload links (main.tsx).

/** Runs `next` once the frame being prepared has been laid out and painted (its animation frame, then a task). */
export function afterNextPaint(next: () => void): void {
  requestAnimationFrame(() => setTimeout(next, 0));
}
