// Konva's Transformer (the selection's handles, about 7 kB gzip) is a chunk of its own, fetched
// as the canvas module first runs: nothing is selected on the first screen, and the class registers
// itself on Konva when its module arrives (renderer/konva-lean.ts leaves it out).
import { useSyncExternalStore } from 'react';

let loaded = false;
const listeners = new Set<() => void>();

void import('konva/lib/shapes/Transformer').then(() => {
  loaded = true;
  for (const listener of listeners) listener();
});

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Whether the Transformer class has arrived, so a <Transformer> node can be made. */
export function useTransformerLoaded(): boolean {
  return useSyncExternalStore(subscribe, () => loaded);
}
