// The frame at the playhead draws the design as an export does (the scene builder, which the first
// screen does without): a chunk of its own, fetched as soon as a design moves, so the first scrub
// or play shows its frame at once.
import { lazyComponent } from '../lazy-parts';

export const MotionFrame = lazyComponent(() => import('./MotionFrame'), 'MotionFrame');
