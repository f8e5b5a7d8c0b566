// The renderer's `konva`. vite.config.ts resolves the bare specifier "konva" (ours and
// react-konva's) to this module: Konva's core and only the node classes Placard draws with, so
// the filters and the shapes it never makes (paths, arcs, stars, sprites, labels...) stay out of
// the first screen's script. Each shape module registers its class on Konva as it is imported.
// Node code (main, CLI, tests) imports the full package. A class used in the renderer must be
// listed here; react-konva reports "Konva has no node with the type X" otherwise. The Transformer
// arrives in a chunk of its own (renderer/canvas/transformer-class.ts).
import Konva from 'konva/lib/Core';
import 'konva/lib/shapes/Rect';
import 'konva/lib/shapes/Ellipse';
import 'konva/lib/shapes/Line';
import 'konva/lib/shapes/Text';
import 'konva/lib/shapes/Image';

export default Konva;
