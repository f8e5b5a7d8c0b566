// The window shows its canvas first: main.tsx renders it at once, and the panels around it and
// then the canvas's overlay layer follow in stages (App.tsx). This says whether all have; it is
// true wherever nothing provides it (a part rendered on its own shows everything).
import { createContext, useContext } from 'react';

export const SurroundingsShown = createContext(true);

export const useSurroundingsShown = (): boolean => useContext(SurroundingsShown);
