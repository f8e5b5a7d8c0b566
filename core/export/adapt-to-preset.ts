// The design as it is drawn for one export size: the one adapting step that exports, size
// previews, checks and the CLI share (core/export/pipeline.ts re-exports it). A module of its own
// so the editor's size preview does not carry the export pipeline.
import type { Design } from '../model/schema';
import { adaptDesign } from '../layout/adapt';
import { resolvePresetSize } from '../presets/size';
import type { Preset } from '../presets/types';
import { refitTextIn, textHeightIn } from '../scene/context';
import type { SceneContext } from '../scene/attributes';
import { adaptKeyframes } from '../motion/adapt';
import { followPhotos } from './follow-photo';

/**
 * The design as it is drawn for `preset`: adapted (anchors, safe zones, hand adjustments) and
 * its text re-fitted with the context's measurer and fonts. Exports, the size previews, the
 * export checks and the CLI all see the design through this one function.
 */
export function adaptToPreset(design: Design, preset: Preset, ctx: Pick<SceneContext, 'measure' | 'fontFamily'>): Design {
  const textHeight = textHeightIn(ctx, design.language);
  const adapted = adaptDesign(design, resolvePresetSize(preset, design), preset.id, { preset, refitText: refitTextIn(ctx), ...(textHeight ? { textHeight } : {}) });
  return adaptKeyframes(design, followPhotos(design, adapted, preset.id));
}
