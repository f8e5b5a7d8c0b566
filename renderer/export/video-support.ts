// Whether this platform encodes a video format, asked of WebCodecs directly so the export dialog
// can offer MP4 or WebM without loading the muxer (video-writer.ts loads on the first video export).

/** Codec strings WebCodecs is asked about: H.264 High profile level 4.0, VP9 profile 0. */
const PROBE = { mp4: 'avc1.640028', webm: 'vp09.00.40.08' } as const;

export async function canEncodeFormat(format: 'mp4' | 'webm', width = 1280, height = 720): Promise<boolean> {
  if (typeof VideoEncoder === 'undefined') return false;
  try {
    const { supported } = await VideoEncoder.isConfigSupported({ codec: PROBE[format], width, height, bitrate: 4_000_000 });
    return !!supported;
  } catch {
    return false;
  }
}
