// The ONE mapping from model elements to Konva node attributes. Each element kind's mapping lives
// with its kind (core/elements/<kind>/scene.ts); this module gathers them, so the editor's
// react-konva views and the exporter call the same functions: what you see is what you export.
export { commonAttrs, type SceneContext } from './common';
export { displayText } from '../elements/text-content';
export { fontFamilyOf, fontStyleOf } from '../fonts/font-string';
export { textAttrs, fittedTextBox, imageAttrs, shapeAttrs, shapeClassOf, redactAttrs, groupAttrs, elementNodeSpec } from '../elements/scene';
