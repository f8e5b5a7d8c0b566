// Safe-zone and contrast warnings as a list naming each element, shared by the size bar and
// the export dialog.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { findElement, type Design } from '../../core/model';
import { elementName } from '../i18n/element-name';
import type { SafeZoneWarningCode } from '../../core/layout/safe-zones';
import type { SizeWarnings } from './warnings';
import { formatDistance, formatLength, type PrintIssue } from '../../core/print';
import { lengthUnit } from './preset-labels';

function nameOf(design: Design, id: string, t: TFunction): string {
  const el = findElement(design.elements, id);
  return el ? elementName(el, t, design.language) : id;
}

function safeZoneMessage(t: TFunction, code: SafeZoneWarningCode): string {
  switch (code) {
    case 'layout.outside-safe-area':
      return t('warnings.item.outsideArea');
    case 'layout.outside-safe-circle':
      return t('warnings.item.outsideCircle');
    case 'layout.under-overlay':
      return t('warnings.item.underOverlay');
  }
}

/** A print check in the user's language, lengths in inches or centimetres as the locale measures paper. */
export function printIssueText(t: TFunction, issue: PrintIssue, lang: string): string {
  const unit = lengthUnit();
  const len = (inches: number) => `${formatLength(inches, unit, lang)} ${unit}`;
  switch (issue.code) {
    case 'print.image-low-dpi':
    case 'print.image-fair-dpi':
      return t(`warnings.print.${issue.code === 'print.image-low-dpi' ? 'imageLowDpi' : 'imageFairDpi'}`, { dpi: issue.dpi, min: issue.min });
    case 'print.text-small-for-distance':
      return t('warnings.print.textSmallForDistance', { letter: len(issue.letterIn), need: len(issue.needIn), distance: formatDistance(issue.distanceFt, unit, lang) });
    case 'print.text-too-small':
      return t('warnings.print.textTooSmall', { pt: issue.pt, min: issue.minPt });
    case 'print.qr-small-for-distance':
      return t('warnings.print.qrSmall', { side: len(issue.sideIn), need: len(issue.needIn), distance: formatDistance(issue.distanceFt, unit, lang) });
    case 'print.text-in-bleed':
      return t('warnings.print.textInBleed');
    case 'print.text-near-trim':
      return t('warnings.print.textNearTrim', { margin: len(issue.marginIn) });
    case 'print.disclaimer-missing':
      return t('warnings.print.disclaimerMissing');
    case 'print.disclaimer-small':
      return t('warnings.print.disclaimerSmall', { pt: issue.pt, min: issue.minPt });
    case 'print.disclaimer-outside':
      return t('warnings.print.disclaimerOutside');
    default:
      return t(`checks.${issue.code}`, issue);
  }
}

export function WarningList({ design, warnings, prefix }: { design: Design; warnings: SizeWarnings; prefix?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="warning-list">
      {warnings.safeZones.map((w, i) => (
        <li key={`s${i}`} className="warning-item" data-testid="warning-item" data-code={w.code} data-element={w.elementId}>
          {prefix && <span className="warning-where">{prefix}</span>}
          <strong>“{nameOf(design, w.elementId, t)}”</strong> {safeZoneMessage(t, w.code)}
        </li>
      ))}
      {(warnings.print ?? []).map((w, i) => (
        <li key={`p${i}`} className="warning-item" data-testid="warning-item" data-code={w.code} data-element={'elementId' in w ? w.elementId : ''}>
          {prefix && <span className="warning-where">{prefix}</span>}
          {'elementId' in w && <strong>“{nameOf(design, w.elementId, t)}”</strong>} {printIssueText(t, w, i18n.language)}
        </li>
      ))}
      {warnings.contrast.map((w, i) => (
        <li key={`c${i}`} className="warning-item" data-testid="warning-item" data-code={w.code} data-element={w.elementId}>
          {prefix && <span className="warning-where">{prefix}</span>}
          <strong>“{nameOf(design, w.elementId, t)}”</strong> {t('warnings.item.lowContrast', { ratio: w.ratio, required: w.required })}
        </li>
      ))}
    </ul>
  );
}
