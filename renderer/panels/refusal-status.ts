// The status message for a refused change: names the locked element (or the design-wide part the
// template keeps) and says what to do next, for the user's mode and ownership of the design.
import type { TFunction } from 'i18next';
import { findElement, mayAuthor, type Design } from '../../core/model';
import { elementName } from '../i18n/element-name';
import type { StatusMessage } from '../state/editor-store';

const DESIGN_PARTS = ['size', 'background', 'brandKitId', 'order', 'add', 'layouts'] as const;

export function refusalStatus(refusal: { elementId: string; keys: string[] }, design: Design, authorMode: boolean, t: TFunction): StatusMessage {
  const next = t(authorMode ? 'status.lockedPart.nextUnlock' : mayAuthor(design) ? 'status.lockedPart.nextAuthor' : 'status.lockedPart.nextCopy');
  const el = refusal.elementId ? findElement(design.elements, refusal.elementId) : undefined;
  if (el) return { key: 'status.lockedPart.element', params: { name: elementName(el, t, design.language), next }, tone: 'error' };
  const part = DESIGN_PARTS.find((p) => refusal.keys.includes(p)) ?? 'other';
  return { key: `status.lockedPart.${part}`, params: { next }, tone: 'error' };
}
