// Thumbnails for the user's own templates, drawn from their design with the shared scene mapping
// (built-ins ship generated thumbnails). Cached per template id and content.
import { useEffect, useState } from 'react';
import { renderDesignToCanvas } from '../../../core/scene';
import type { Template } from '../../../core/templates';
import { sceneContextFor } from '../../export/scene-context';
import { useImageStore } from '../../assets/image-store';
import { loadDesignAssets } from '../../actions/template-actions';

const PREVIEW_WIDTH = 320;
const cache = new Map<string, string>();

function keyOf(template: Template): string {
  return `${template.id}:${template.design.id}:${template.design.elements.length}:${template.design.width}x${template.design.height}`;
}

export function renderPreview(template: Template): string | undefined {
  const key = keyOf(template);
  const hit = cache.get(key);
  if (hit) return hit;
  try {
    const design = template.design;
    const canvas = renderDesignToCanvas(design, sceneContextFor(design, useImageStore.getState().images), PREVIEW_WIDTH / design.width);
    const url = canvas.toDataURL('image/png');
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
    void loadDesignAssets(template.design).then(() => {
      if (live) setUrl(renderPreview(template));
    });
    return () => {
      live = false;
    };
  }, [template]);
  return url;
}
