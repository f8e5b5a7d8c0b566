// Photos of members and protesters can identify people (PRESETS.md, privacy): before exporting a
// design with a photo of the user's own and no blur box, the export reminds them to hide faces.
import { ownValue } from '../model/own';
import { walkElements } from '../model/tree';
import type { Design } from '../model/schema';
import { isSamplePhoto } from '../templates/samples';

export function needsPrivacyReminder(design: Pick<Design, 'elements' | 'assets'>): boolean {
  let photo = false;
  for (const { element } of walkElements(design.elements)) {
    if (element.type === 'redact') return false;
    if (element.type === 'image' && !isSamplePhoto(element.assetId) && ownValue(design.assets, element.assetId)?.mime !== 'image/svg+xml') photo = true;
  }
  return photo;
}
