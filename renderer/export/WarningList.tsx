// Safe-zone and contrast warnings as a list naming each element, shared by the size bar and
// the export dialog.
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { findElement, type Design } from '../../core/model';
import { elementName } from '../i18n/element-name';
import type { SafeZoneWarningCode } from '../../core/layout/safe-zones';
import type { SizeWarnings } from './warnings';

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

export function WarningList({ design, warnings, prefix }: { design: Design; warnings: SizeWarnings; prefix?: string }) {
  const { t } = useTranslation();
  return (
    <ul className="warning-list">
      {warnings.safeZones.map((w, i) => (
        <li key={`s${i}`} className="warning-item" data-testid="warning-item" data-code={w.code} data-element={w.elementId}>
          {prefix && <span className="warning-where">{prefix}</span>}
          <strong>“{nameOf(design, w.elementId, t)}”</strong> {safeZoneMessage(t, w.code)}
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
