// Video for the export job (core/motion VideoWriter): frames drawn by the one scene builder are
// encoded with WebCodecs and muxed by mediabunny (MPL-2.0): H.264 in MP4 where this platform can
// encode it, VP9 in WebM. Everything stays in memory; nothing leaves the machine.
import { BufferTarget, CanvasSource, Mp4OutputFormat, Output, WebMOutputFormat, canEncodeVideo } from 'mediabunny';
import type { VideoWriter } from '../../core/motion';
import { ExportError } from '../../core/export';

const CODEC = { mp4: 'avc', webm: 'vp9' } as const;

export function createVideoWriter(): VideoWriter<HTMLCanvasElement> {
  return {
    async canEncode(format, width, height) {
      if (typeof VideoEncoder === 'undefined') return false;
      return canEncodeVideo(CODEC[format], { width, height }).catch(() => false);
    },
    async encode(request) {
      const target = new BufferTarget();
      const output = new Output({ format: request.format === 'mp4' ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(), target });
      // The source reads one canvas of the video's size; each frame is copied onto it.
      const canvas = document.createElement('canvas');
      canvas.width = request.width;
      canvas.height = request.height;
      const draw = canvas.getContext('2d')!;
      const source = new CanvasSource(canvas, { codec: CODEC[request.format], bitrate: request.bitrate, keyFrameInterval: 2 });
      output.addVideoTrack(source, { frameRate: request.fps });
      await output.start();
      try {
        for (let i = 0; i < request.frameCount; i++) {
          if (request.signal?.aborted) throw new ExportError('export.cancelled', 'export cancelled');
          const frame = await request.frame(i);
          draw.drawImage(frame, 0, 0, request.width, request.height);
          request.done?.(frame);
          await source.add(i / request.fps, 1 / request.fps);
        }
        await output.finalize();
      } catch (e) {
        await output.cancel().catch(() => undefined);
        throw e;
      } finally {
        canvas.width = 0;
        canvas.height = 0;
      }
      if (!target.buffer) throw new ExportError('export.encoder-failed', 'the video encoder wrote nothing', { format: request.format });
      return new Uint8Array(target.buffer);
    },
  };
}
