// Whether the open design moves, and its timeline, for the editor's timeline bar and canvas.
import { useMemo } from 'react';
import type { Design } from '../../core/model';
import { hasMotion, longestPhotoSeconds, timelineOf } from '../../core/motion/timeline';
import { useDesignStore } from '../state/design-store';
import { useImageStore } from '../assets/image-store';

/** Seconds of the longest animated photo among `assets`. */
export function photoSecondsIn(assets: Design['assets'], animations: ReturnType<typeof useImageStore.getState>['animations']): number {
  return longestPhotoSeconds(Object.keys(assets), animations);
}

export interface DesignMotion {
  moving: boolean;
  duration: number;
  end: 'loop' | 'hold';
  /** Seconds of the animated photo (0 without one). */
  photoSeconds: number;
}

export function useDesignMotion(): DesignMotion {
  const design = useDesignStore((s) => s.design);
  const animations = useImageStore((s) => s.animations);
  return useMemo(() => {
    const photoSeconds = photoSecondsIn(design.assets, animations);
    const timeline = timelineOf(design, photoSeconds);
    return { moving: hasMotion(design) || photoSeconds > 0, ...timeline, photoSeconds };
  }, [design, animations]);
}
