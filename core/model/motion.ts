// Motion in the model: an element's entrance animation, the positions it moves through
// (keyframes, e.g. a blur box following a face), and the design's timeline. All optional: a
// design without them is a still.
import { z } from 'zod';
import { lazySchema } from './lazy-schema';

/** The longest timeline a design may have, in seconds (feeds autoplay short loops). */
export const MAX_MOTION_SECONDS = 15;

/** Entrance effects that read well in a feed. Typewriter and word by word apply to text only. */
export const ENTRANCE_EFFECTS = ['fade', 'pop', 'slide-from-left', 'slide-from-right', 'slide-from-top', 'slide-from-bottom', 'typewriter', 'words'] as const;
export type EntranceEffect = (typeof ENTRANCE_EFFECTS)[number];
export const TEXT_ONLY_EFFECTS: readonly EntranceEffect[] = ['typewriter', 'words'];

const seconds = lazySchema(() => z.number().min(0).max(MAX_MOTION_SECONDS));

export const animationSchema = lazySchema(() => z
  .object({
    effect: z.enum(ENTRANCE_EFFECTS),
    /** Seconds from the start of the timeline to the start of the entrance. */
    delay: seconds.default(0),
    /** Seconds the entrance takes. */
    duration: z.number().min(0.05).max(MAX_MOTION_SECONDS).default(0.6),
  })
  .strict());
export type Animation = z.infer<typeof animationSchema>;

/** Where the element's top-left corner is at time `t`; between keyframes it moves in a straight line. */
export const keyframeSchema = lazySchema(() => z
  .object({
    t: seconds,
    x: z.number().finite(),
    y: z.number().finite(),
  })
  .strict());
export type Keyframe = z.infer<typeof keyframeSchema>;
export const MAX_KEYFRAMES = 60;
export const keyframesSchema = lazySchema(() => z.array(keyframeSchema).max(MAX_KEYFRAMES));

export const motionSchema = lazySchema(() => z
  .object({
    /** Length of the timeline in seconds. */
    duration: z.number().min(0.5).max(MAX_MOTION_SECONDS),
    /** After the last moment: start again, or stay on the last frame (a video ends there; a GIF plays once). */
    end: z.enum(['loop', 'hold']).default('loop'),
  })
  .strict());
export type Motion = z.infer<typeof motionSchema>;
