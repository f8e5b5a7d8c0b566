// Factories for new designs, with every default filled in. Each element kind's factory lives with
// its kind (core/elements/) and is re-exported here.
import { CURRENT_VERSION, newId, type Language } from './primitives';
import type { Design } from './schema';

export { newId } from './primitives';
export { createTextElement, createImageElement, createShapeElement, createQrElement, qrDataFor, textFor, displayText } from '../elements';

export function createDesign(init: { width?: number; height?: number; name?: string; language?: Language } = {}): Design {
  return {
    version: CURRENT_VERSION,
    id: newId('d'),
    name: init.name ?? '',
    width: init.width ?? 1080,
    height: init.height ?? 1080,
    background: { color: '#ffffff' },
    elements: [],
    assets: {},
    brandKitId: null,
    language: init.language ?? 'en',
    altText: {},
  };
}
