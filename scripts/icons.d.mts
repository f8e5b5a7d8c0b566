export const ICON_SOURCE: string;
export const ICON_SIZES: number[];
/** Renders the app icon in every size into `outDir` (default build/); resolves to the files written. */
export function renderIcons(outDir?: string): Promise<string[]>;
