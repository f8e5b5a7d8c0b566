// The meta tag of index.html that lists the lazy chunks (written by vite.config.ts, read by lazy-parts.ts).
export const LAZY_CHUNKS_META = 'placard-lazy-chunks';
