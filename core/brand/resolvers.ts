// What a SceneContext needs to draw a kit's tokens: its colors and its font roles. The editor,
// exports (on the page and in workers), the CLI and the thumbnails all draw a kit this way.
import { makeColorResolver, type ColorResolver } from '../scene/colors';
import { paletteOf, resolveFontFamily } from './resolve';
import type { BrandKit } from './schema';

export function kitResolvers(kit: BrandKit): { color: ColorResolver; fontFamily: (family: string) => string } {
  return { color: makeColorResolver(paletteOf(kit)), fontFamily: (family) => resolveFontFamily(family, kit) };
}
