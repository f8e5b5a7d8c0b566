export * from './units';
export * from './geometry';
export * from './bleed';
// pdf.ts (pdf-lib, fontkit: most of a megabyte) loads only when a PDF is made: export.ts imports it on demand.
export type { PdfPage, PdfMeta, PageImage } from './pdf';
export * from './export';
export * from './text';
export * from './checks';
export * from './words';
