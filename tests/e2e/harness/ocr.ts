// An independent reader for exported images: Tesseract OCR from Debian (tesseract-ocr with the
// English and Spanish data). Words are compared lowercased and without accents or punctuation.
import { execFileSync } from 'node:child_process';

export function ocrWords(pngPath: string, language: 'en' | 'es'): string {
  const text = execFileSync('tesseract', [pngPath, '-', '-l', language === 'es' ? 'spa' : 'eng', '--psm', '3'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return foldWords(text);
}

export function foldWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
