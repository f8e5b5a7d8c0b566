// Thumbnails for the user's own templates, exported from their design through the one export
// path at a small scale (built-ins ship generated thumbnails). Cached per template id and content.
import { useEffect, useState } from 'react';
import { exportDesign } from '../../../core/export';
import { designSizePreset } from '../../../core/presets';
import type { Template } from '../../../core/templates';
import { createAppEncoder } from '../../export/app-encoder';
import { loadDesignAssets } from '../../documents/open-template';

const PREVIEW_WIDTH = 320;
const cache = new Map<string, string>();

function keyOf(template: Template): string {
  return `${template.id}:${template.design.id}:${template.design.elements.length}:${template.design.width}x${template.design.height}`;
}

/** The smallest scale the export pipeline takes; very wide designs get slightly larger thumbnails. */
const MIN_SCALE = 0.25;

export async function renderPreview(template: Template): Promise<string | undefined> {
  const key = keyOf(template);
  const hit = cache.get(key);
  if (hit) return hit;
  try {
    const design = template.design;
    const scale = Math.min(1, Math.max(MIN_SCALE, PREVIEW_WIDTH / design.width));
    const result = await exportDesign(design, designSizePreset(design), { format: 'png', scale }, createAppEncoder({ oneOff: true }));
    const url = URL.createObjectURL(new Blob([result.bytes as Uint8Array<ArrayBuffer>], { type: result.mime }));
    cache.set(key, url);
    return url;
  } catch {
    return undefined;
  }
}

export function useTemplatePreview(template: Template | null): string | undefined {
  const [url, setUrl] = useState<string | undefined>(() => (template ? cache.get(keyOf(template)) : undefined));
  useEffect(() => {
    if (!template) return;
    let live = true;
    // Its images first (bundled samples, library images), then draw once.
    void loadDesignAssets(template.design)
      .then(() => renderPreview(template))
      .then((preview) => {
        if (live) setUrl(preview);
      });
    return () => {
      live = false;
    };
  }, [template]);
  return url;
}
