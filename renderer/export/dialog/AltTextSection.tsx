// Alt text per exported language, counted against the strictest platform chosen (core/export
// strictestAltRule): a note past the guidance, a refusal naming the platform past its limit.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { checkAltText, type AltTextCheck } from '../../../core/export/alt-text';
import { altTextOf, type Design, type Language } from '../../../core/model';
import type { Preset } from '../../../core/presets';
import { useDesignStore } from '../../state/design-store';
import { platformLabel } from '../preset-labels';

export interface AltCheck {
  lang: Language;
  check: AltTextCheck;
}

type AltDesign = Pick<Design, 'altText' | 'altPattern' | 'elements'>;

export function altChecksFor(design: AltDesign, languages: readonly Language[], rule: Pick<Preset, 'altText'>): AltCheck[] {
  return languages.map((lang) => ({ lang, check: checkAltText(altTextOf(design, lang), rule) }));
}

const setAlt = (lang: Language, text: string) =>
  useDesignStore.getState().commit('history.altText', (d) => ({ ...d, altText: { ...d.altText, [lang]: text } }), { mergeKey: `alt-text-${lang}` });

/** `value` once it has stayed the same for `ms` (at once when `ms` is 0). */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (ms <= 0) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return ms <= 0 ? value : settled;
}

/**
 * The alt text of one language: what the design carries (its own words, else its pattern filled
 * from the fields). Typing writes the design's own words; emptying the box goes back to the pattern.
 */
export function AltTextBox({ design: live, lang, testId, rows = 2, settle = 0 }: { design: AltDesign; lang: Language; testId: string; rows?: number; settle?: number }) {
  const { t } = useTranslation();
  const [focused, setFocused] = useState(false);
  const settled = useSettled(live, settle);
  // Text filled from the fields follows once typing in them pauses. In the box itself it is live,
  // and so are words of the user's own (nothing to fill in): a language switched to shows its own
  // words at once, not those of a moment ago.
  const design = focused || settle === 0 || live.altText[lang]?.trim() ? live : settled;
  const own = !!design.altText[lang]?.trim();
  const pattern = design.altPattern?.[lang];
  return (
    <>
      <textarea
        rows={rows}
        className="text-input"
        data-testid={testId}
        data-settled={design === live ? 'yes' : 'no'}
        lang={lang}
        onFocus={(e) => {
          // The live words are in before the focus event returns, and a box selected whole stays
          // selected whole: typing over the selection replaces the words the box now holds.
          const box = e.currentTarget;
          const whole = box.value.length > 0 && box.selectionStart === 0 && box.selectionEnd === box.value.length;
          flushSync(() => setFocused(true));
          if (whole) box.select();
        }}
        onBlur={() => setFocused(false)}
        value={altTextOf(design, lang)}
        placeholder={t('export.dialog.altTextPlaceholder')}
        onChange={(e) => setAlt(lang, e.target.value)}
        onKeyDown={(e) => e.stopPropagation()}
      />
      {pattern && (
        <span className="alt-source" data-testid={`${testId}-source`} data-own={own}>
          {own ? t('fill.altOwn') : t('fill.altFromPattern')}
          {own && (
            <button type="button" className="btn btn-plain btn-small" data-testid={`${testId}-reset`} onClick={() => setAlt(lang, '')}>
              {t('fill.altReset')}
            </button>
          )}
        </span>
      )}
    </>
  );
}

export function AltTextSection({ design, checks, strictest }: { design: AltDesign; checks: readonly AltCheck[]; strictest: Preset | null }) {
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
          <AltTextBox design={design} lang={lang} testId={`alt-text-${lang}`} />
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
