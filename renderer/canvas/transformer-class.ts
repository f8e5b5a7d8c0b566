// Konva's Transformer (the selection's handles, about 7 kB gzip; ours is frame-transformer.ts) is a
// chunk of its own, fetched once the first screen has shown (after-paint.ts), or at once when
// something is selected before then: nothing is selected on the first screen, and the class
// registers itself on Konva when its module arrives (renderer/konva-lean.ts leaves it out).
import { useEffect } from 'react';
import { create } from 'zustand';
import { loadOnceSoon } from '../after-paint';

const useTransformerClass = create<{ loaded: boolean }>(() => ({ loaded: false }));

const loadTransformer = loadOnceSoon(() =>
  import('./frame-transformer').then(
    () => useTransformerClass.setState({ loaded: true }),
    (error: unknown) => console.warn('the selection handles could not load:', error),
  ),
);

/** Whether the Transformer class has arrived, so a <Transformer> node can be made; `wanted` (a selection) asks for it now. */
export function useTransformerLoaded(wanted: boolean): boolean {
  const loaded = useTransformerClass((s) => s.loaded);
  useEffect(() => {
    if (wanted && !loaded) void loadTransformer();
  }, [wanted, loaded]);
  return loaded;
}
