// The selection's handles: Konva's Transformer, registered on Konva under its own name so that
// react-konva's <Transformer> makes this class. Konva lays every handle out again on each move of
// a drag (its dragmove handler calls update(), which forgets the last layout, and the layout it
// keeps is compared by position too), though the handles sit relative to the frame, whose position
// comes from the selection's bounds. A drag over a busy design spent about 0.2 ms per pointer move
// there. Here the handles are laid out again only when the frame's size or rotation changed.
import { _registerNode } from 'konva/lib/Global';
import { Transformer, type Box } from 'konva/lib/shapes/Transformer';

export class FrameTransformer extends Transformer {
  override update(): void {
    // While a drag moves the selection, the last layout is kept to compare the next one with.
    if (this.isDragging() && this._lastNodeRect) this._update();
    else super.update();
  }

  override _updateElements(attrs: Box): void {
    const last = this._lastNodeRect;
    if (last && !this.anchorStyleFunc() && attrs.width === last.width && attrs.height === last.height && attrs.rotation === last.rotation) {
      this._lastNodeRect = { ...attrs };
      return;
    }
    super._updateElements(attrs);
  }
}

_registerNode(FrameTransformer);
