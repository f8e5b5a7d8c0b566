import type { Element } from '../../../core/model';

/** True when the element's lock of that kind applies to the current user (authors bypass locks). */
export type LockedFn = (kind: keyof Element['locks']) => boolean;
