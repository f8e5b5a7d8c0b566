export interface Notice {
  name: string;
  version: string;
  license: string;
  text: string;
}
export interface Notices {
  app: { name: string; version: string; license: string };
  fonts: Notice[];
  libraries: Notice[];
}
export const APP_LIBRARIES: string[];
export function collectNotices(): Notices;
export function writeNotices(outFile?: string): Notices;
