// What each platform takes for moving images: an animated GIF's byte limit and a video's limits.
// Platforms publish these in their help centres and media APIs; numbers below are the smaller
// reading where sources differ (decimal megabytes, as for stills in data.ts). A preset missing
// here (covers, profile pictures, thumbnails, print) takes no motion: the export says so.
import type { Preset } from './types';
import { MB } from './data';

const GB = 1000 * MB;

export interface VideoLimits {
  byteLimit: number;
  /** The longest clip the platform takes, in seconds (Placard's timeline is at most 15 s). */
  maxSeconds: number;
  /** The shortest clip, in seconds, when the platform sets one. */
  minSeconds?: number;
  maxFps: number;
}

export interface MotionLimits {
  /** Byte limit of an animated GIF; null when the platform takes no GIF upload. */
  gif: number | null;
  video: VideoLimits | null;
  source: 'doc' | 'guide';
}

const FACEBOOK: MotionLimits = { gif: null, video: { byteLimit: 4 * GB, maxSeconds: 240 * 60, minSeconds: 1, maxFps: 60 }, source: 'guide' };
// X media API: GIF 15 MB; video 512 MB, up to 140 s, at most 60 fps.
const X: MotionLimits = { gif: 15 * MB, video: { byteLimit: 512 * MB, maxSeconds: 140, minSeconds: 0.5, maxFps: 60 }, source: 'doc' };
// Instagram takes no GIF upload; feed videos and reels up to 4 GB, 3 s minimum, 60 fps.
const INSTAGRAM: MotionLimits = { gif: null, video: { byteLimit: 4 * GB, maxSeconds: 15 * 60, minSeconds: 3, maxFps: 60 }, source: 'guide' };
// LinkedIn: a GIF is an image (8 MB limit on the web); video 5 GB, 3 s to 15 min, 10-60 fps.
const LINKEDIN: MotionLimits = { gif: 8 * MB, video: { byteLimit: 5 * GB, maxSeconds: 15 * 60, minSeconds: 3, maxFps: 60 }, source: 'guide' };
const THREADS: MotionLimits = { gif: 8 * MB, video: { byteLimit: 1 * GB, maxSeconds: 5 * 60, maxFps: 60 }, source: 'guide' };
// Bluesky: a GIF is an image (limit 1,000,000 bytes); videos up to 100 MB and 3 minutes.
const BLUESKY: MotionLimits = { gif: 1 * MB, video: { byteLimit: 100 * MB, maxSeconds: 180, maxFps: 60 }, source: 'doc' };
// mastodon.social defaults: images (GIF included) 16 MiB, video 99 MiB.
const MASTODON: MotionLimits = { gif: 16 * 1024 * 1024, video: { byteLimit: 99 * 1024 * 1024, maxSeconds: 15 * 60, maxFps: 60 }, source: 'doc' };
// WhatsApp status: video 16 MB and 60 s; GIFs are sent as short videos, so no GIF upload.
const WHATSAPP: MotionLimits = { gif: null, video: { byteLimit: 16 * MB, maxSeconds: 60, maxFps: 30 }, source: 'guide' };

const BY_PRESET: Readonly<Record<string, MotionLimits>> = {
  'facebook-post-landscape': FACEBOOK,
  'facebook-post-square': FACEBOOK,
  'facebook-post-portrait': FACEBOOK,
  'facebook-story': { ...FACEBOOK, video: { byteLimit: 4 * GB, maxSeconds: 60, minSeconds: 1, maxFps: 60 } },
  'x-post': X,
  'x-post-portrait': X,
  'instagram-square': INSTAGRAM,
  'instagram-portrait': INSTAGRAM,
  'instagram-story': { ...INSTAGRAM, video: { byteLimit: 4 * GB, maxSeconds: 60, minSeconds: 1, maxFps: 60 } },
  'linkedin-post': LINKEDIN,
  'threads-post': THREADS,
  'bluesky-post': BLUESKY,
  'mastodon-post': MASTODON,
  'whatsapp-status': WHATSAPP,
};

/** Custom sizes: a GIF within the size's own byte limit and a video up to 100 MB. */
function customLimits(preset: Preset): MotionLimits {
  return { gif: preset.byteLimit, video: { byteLimit: Math.max(preset.byteLimit, 100 * MB), maxSeconds: 15 * 60, maxFps: 60 }, source: 'guide' };
}

/** The preset's limits for moving images, or null when it takes none (covers, avatars, print). */
export function motionLimitsOf(preset: Preset): MotionLimits | null {
  if (preset.platform === 'custom') return customLimits(preset);
  return BY_PRESET[preset.id] ?? null;
}
