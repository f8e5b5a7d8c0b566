// SVG is only ever drawn as an image, where browsers already disable scripts; this is the second
// wall. We refuse anything active (scripts, event handlers, javascript: URLs, embedded HTML, DTDs)
// and anything that reaches outside the file (links, url() and @import to anything but "#id").

export type SvgProblem = { kind: 'script' | 'external-ref' | 'not-svg'; detail: string };

export function checkSvg(text: string): SvgProblem | null {
  const lower = decodeCharacterReferences(text).toLowerCase();
  if (!/<svg[\s>]/.test(lower)) return { kind: 'not-svg', detail: 'no <svg> element' };
  if (/<!doctype|<!entity/.test(lower)) return { kind: 'script', detail: 'document type declarations are not allowed' };
  if (/<script[\s>/]/.test(lower)) return { kind: 'script', detail: 'contains a <script> element' };
  if (/<(foreignobject|iframe|embed|object|handler|listener)[\s>/]/.test(lower)) return { kind: 'script', detail: 'contains embedded active content' };
  if (/[\s/"']on[a-z]+\s*=/.test(lower)) return { kind: 'script', detail: 'contains an event handler attribute (on...)' };
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses or strips
  const squashed = lower.replace(/[\s\u0000-\u001f]+/g, '');
  if (/(javascript|vbscript|livescript):/.test(squashed)) return { kind: 'script', detail: 'contains a javascript: URL' };
  if (/@import/.test(lower)) return { kind: 'external-ref', detail: 'contains a CSS @import' };

  for (const match of lower.matchAll(/(?:^|[\s"'/])((?:[a-z]+:)?(?:href|src))\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g)) {
    const value = (match[2] ?? match[3] ?? match[4] ?? '').trim();
    if (!value.startsWith('#')) return { kind: 'external-ref', detail: `${match[1]} points outside the file ("${value.slice(0, 80)}")` };
  }
  for (const match of lower.matchAll(/url\s*\(\s*(["']?)([^"')]*)\1\s*\)/g)) {
    const value = (match[2] ?? '').trim();
    if (!value.startsWith('#')) return { kind: 'external-ref', detail: `url() points outside the file ("${value.slice(0, 80)}")` };
  }
  if (/url\s*\(/.test(lower.replace(/url\s*\(\s*(["']?)#[^"')]*\1\s*\)/g, ''))) {
    return { kind: 'external-ref', detail: 'contains a url() we cannot read safely' };
  }
  return null;
}

/** Undoes &#106; / &#x6a; / &colon; style escapes, which would otherwise hide "javascript:" from the checks. */
function decodeCharacterReferences(text: string): string {
  return text
    .replace(/&#x([0-9a-f]{1,6});?/gi, (_, hex: string) => safeChar(parseInt(hex, 16)))
    .replace(/&#([0-9]{1,7});?/g, (_, dec: string) => safeChar(parseInt(dec, 10)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, ' ');
}

function safeChar(code: number): string {
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
}
