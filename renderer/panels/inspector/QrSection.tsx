import { useTranslation } from 'react-i18next';
import { QR_MAX_CHARS, qrDataFor, type QrElement } from '../../../core/elements';
import { literalColors } from '../../../core/scene';
import { qrProblems } from '../../../core/elements/scene';
import { useDesignStore } from '../../state/design-store';
import { useDesignKit } from '../../state/library-store';
import { resolveColor } from '../../../core/brand';
import { ColorInput, Field } from '../fields';
import type { LockedFn } from './types';

/** The QR code's own properties: what it says (per language), error correction and colors, with the contrast guard. */
export function QrSection({ element, locked }: { element: QrElement; locked: LockedFn }) {
  const { t } = useTranslation();
  const language = useDesignStore((s) => s.design.language);
  const kit = useDesignKit();
  const update = (patch: Partial<QrElement>, field: string) =>
    useDesignStore.getState().updateElement<QrElement>(element.id, patch, 'history.property', { mergeKey: `${element.id}:${field}` });
  const style = locked('style');
  const data = qrDataFor(element, language);
  const problems = qrProblems(data, element.errorCorrection, resolveColor(element.dark, kit), resolveColor(element.light, kit));
  return (
    <section className="panel-section" data-testid="qr-section">
      <h2 className="panel-heading">{t('qr.heading')}</h2>
      <div className="field-grid">
        <Field label={t('qr.data')} wide>
          <input
            type="text"
            value={data}
            maxLength={QR_MAX_CHARS}
            placeholder="https://"
            disabled={locked('content')}
            data-testid="prop-qr-data"
            dir="auto"
            onKeyDown={(e) => e.stopPropagation()}
            onChange={(e) => update(element.variants[language] !== undefined ? { variants: { ...element.variants, [language]: e.target.value } } : { data: e.target.value }, 'data')}
          />
        </Field>
        <Field label={t('qr.errorCorrection')} wide>
          <select value={element.errorCorrection} disabled={style} data-testid="prop-qr-ecl" onChange={(e) => update({ errorCorrection: e.target.value as QrElement['errorCorrection'] }, 'ecl')}>
            {(['L', 'M', 'Q', 'H'] as const).map((level) => (
              <option key={level} value={level}>
                {t(`qr.level.${level}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('qr.dark')}>
          <ColorInput value={literalColors(element.dark)} disabled={style} testId="prop-qr-dark" onChange={(dark) => update({ dark }, 'dark')} />
        </Field>
        <Field label={t('qr.light')}>
          <ColorInput value={literalColors(element.light)} disabled={style} testId="prop-qr-light" onChange={(light) => update({ light }, 'light')} />
        </Field>
      </div>
      {problems.length > 0 && (
        <ul className="warning-list qr-problems" data-testid="qr-problems" role="status">
          {problems.map((p) => (
            <li key={p.code} className="warning-item" data-code={p.code}>
              {t(`checks.${p.code}`, p)}
            </li>
          ))}
        </ul>
      )}
      <p className="field-note">{t('qr.quietNote')}</p>
    </section>
  );
}
