// Alt text per exported language, counted against the strictest platform chosen (core/export
// strictestAltRule): a note past the guidance, a refusal naming the platform past its limit.
import { useTranslation } from 'react-i18next';
import { checkAltText, type AltTextCheck } from '../../../core/export';
import type { Design, Language } from '../../../core/model';
import type { Preset } from '../../../core/presets';
import { useDesignStore } from '../../state/design-store';
import { platformLabel } from '../preset-labels';

export interface AltCheck {
  lang: Language;
  check: AltTextCheck;
}

export function altChecksFor(design: Pick<Design, 'altText'>, languages: readonly Language[], rule: Pick<Preset, 'altText'>): AltCheck[] {
  return languages.map((lang) => ({ lang, check: checkAltText(design.altText[lang] ?? '', rule) }));
}

const setAlt = (lang: Language, text: string) =>
  useDesignStore.getState().commit('history.altText', (d) => ({ ...d, altText: { ...d.altText, [lang]: text } }), { mergeKey: `alt-text-${lang}` });

export function AltTextSection({ design, checks, strictest }: { design: Pick<Design, 'altText'>; checks: readonly AltCheck[]; strictest: Preset | null }) {
  const { t } = useTranslation();
  return (
    <div className="export-alt">
      <h3 className="export-h">{t('export.dialog.altText')}</h3>
      {checks.map(({ lang, check }) => (
        <label key={lang} className="export-alt-field">
          <span className="export-alt-head">
            <span>{t('export.dialog.altTextFor', { lang: lang.toUpperCase() })}</span>
            <span className={`alt-counter alt-${check.status}`} data-testid={`alt-counter-${lang}`} data-status={check.status}>
              {check.max !== null ? `${check.length} / ${check.max}` : `${check.length}`}
            </span>
          </span>
          <textarea
            rows={2}
            className="text-input"
            data-testid={`alt-text-${lang}`}
            value={design.altText[lang] ?? ''}
            placeholder={t('export.dialog.altTextPlaceholder')}
            onChange={(e) => setAlt(lang, e.target.value)}
            onKeyDown={(e) => e.stopPropagation()}
          />
          {check.status === 'warn' && <span className="alt-note alt-note-warn">{t('warnings.alt-text.long', { length: check.length, warnAbove: check.warnAbove })}</span>}
          {check.status === 'too-long' && (
            <span className="alt-note alt-note-error" data-testid={`alt-too-long-${lang}`}>
              {t('export.dialog.altTooLong', { length: check.length, max: check.max, platform: strictest ? platformLabel(t, strictest.platform) : '' })}
            </span>
          )}
        </label>
      ))}
      <span className="export-hint">{t('export.dialog.altTextHint')}</span>
    </div>
  );
}
