// Sample photos bundled in assets/samples/ (made by scripts/sample-photos.ts, no third-party
// images). Built-in templates use them in photo slots until a volunteer drops in a real photo.
import type { AssetInfo } from '../model/schema';

export interface SamplePhoto extends AssetInfo {
  /** File name inside assets/samples/. */
  file: string;
}

export const SAMPLE_PHOTOS = {
  'sample-rally': { file: 'sample-rally.png', mime: 'image/png', name: 'Rally at sunset (sample)', width: 1200, height: 900 },
  'sample-city': { file: 'sample-city.png', mime: 'image/png', name: 'City at dusk (sample)', width: 1200, height: 900 },
  'sample-portrait': { file: 'sample-portrait.png', mime: 'image/png', name: 'Speaker portrait (sample)', width: 900, height: 1100 },
  'sample-meeting': { file: 'sample-meeting.png', mime: 'image/png', name: 'Meeting circle (sample)', width: 1200, height: 900 },
} as const satisfies Record<string, SamplePhoto>;

export type SamplePhotoId = keyof typeof SAMPLE_PHOTOS;

export function isSamplePhoto(id: string): id is SamplePhotoId {
  return Object.hasOwn(SAMPLE_PHOTOS, id);
}

