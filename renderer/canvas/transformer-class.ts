// Konva's Transformer (the selection's handles, about 7 kB gzip) is a chunk of its own, fetched
// once the first screen has shown (after-paint.ts): nothing is selected on the first screen, and
// the class registers itself on Konva when its module arrives (renderer/konva-lean.ts leaves it out).
import { create } from 'zustand';
import { afterFirstScreen } from '../after-paint';

const useTransformerClass = create<{ loaded: boolean }>(() => ({ loaded: false }));

afterFirstScreen(() =>
  import('konva/lib/shapes/Transformer').then(
    () => useTransformerClass.setState({ loaded: true }),
    (error: unknown) => console.warn('the selection handles could not load:', error),
  ),
);

/** Whether the Transformer class has arrived, so a <Transformer> node can be made. */
export function useTransformerLoaded(): boolean {
  return useTransformerClass((s) => s.loaded);
}
