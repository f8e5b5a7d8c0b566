// The only platform globals core/ may use. They exist alike in browsers and in Node (CLI, tests),
// and the canvas types cover what core/scene draws with, on a browser canvas or @napi-rs/canvas.
// core/ compiles without the DOM and Node type libraries (core/tsconfig.json), so anything else
// from either is a type error here. Only core's own typecheck reads this file.

declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}

declare const crypto: {
  randomUUID?(): string;
  getRandomValues<T extends Uint8Array>(array: T): T;
  /** Absent outside a secure context. */
  subtle?: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> };
};

declare function structuredClone<T>(value: T): T;

/** Anything a 2D context can draw: images, canvases, bitmaps. */
interface CanvasImageSource {}

interface ImageData {
  readonly data: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
}

interface DOMMatrix {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

interface CanvasPath {
  beginPath(): void;
  closePath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arcTo(x1: number, y1: number, x2: number, y2: number, radius: number): void;
  quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): void;
  bezierCurveTo(cp1x: number, cp1y: number, cp2x: number, cp2y: number, x: number, y: number): void;
  rect(x: number, y: number, w: number, h: number): void;
  ellipse(x: number, y: number, radiusX: number, radiusY: number, rotation: number, startAngle: number, endAngle: number): void;
}

interface CanvasRenderingContext2D extends CanvasPath {
  readonly canvas: HTMLCanvasElement;
  fillStyle: unknown;
  globalAlpha: number;
  imageSmoothingEnabled: boolean;
  imageSmoothingQuality: 'low' | 'medium' | 'high';
  save(): void;
  restore(): void;
  clip(): void;
  fill(fillRule?: 'nonzero' | 'evenodd'): void;
  shadowColor: string;
  translate(x: number, y: number): void;
  scale(x: number, y: number): void;
  getTransform(): DOMMatrix;
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void;
  fillRect(x: number, y: number, w: number, h: number): void;
  clearRect(x: number, y: number, w: number, h: number): void;
  drawImage(image: CanvasImageSource, dx: number, dy: number): void;
  drawImage(image: CanvasImageSource, dx: number, dy: number, dw: number, dh: number): void;
  drawImage(image: CanvasImageSource, sx: number, sy: number, sw: number, sh: number, dx: number, dy: number, dw: number, dh: number): void;
  getImageData(sx: number, sy: number, sw: number, sh: number): ImageData;
  putImageData(data: ImageData, dx: number, dy: number): void;
}

interface HTMLCanvasElement extends CanvasImageSource {
  width: number;
  height: number;
  getContext(contextId: '2d', options?: { willReadFrequently?: boolean }): CanvasRenderingContext2D | null;
}
