// Author mode's alt-text pattern for the design, built from its text slots (shown in the
// document's inspector section; hidden in fill-in mode).
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LIMITS, type Language } from '../../../core/model';
import { slotsOf } from '../../../core/templates';
import { elementName } from '../../i18n/element-name';
import { useDesignStore } from '../../state/design-store';

/** The design's alt text as a pattern over its text slots: `{id}` becomes that slot's words. */
export function AltPatternSection() {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design);
  const authorMode = useDesignStore((s) => s.authorMode);
  const textSlots = slotsOf(design).filter((s) => s.kind === 'text');
  if (!authorMode || !textSlots.length) return null;
  const set = (l: Language, value: string) =>
    useDesignStore.getState().commit(
      'history.templateRules',
      (d) => {
        const next = { ...d.altPattern, [l]: value.slice(0, LIMITS.maxAltTextLength) };
        if (!next[l]) delete next[l];
        return { ...d, altPattern: Object.keys(next).length ? next : undefined };
      },
      { mergeKey: `alt-pattern-${l}` },
    );
  return (
    <div className="alt-pattern" data-testid="alt-pattern-section">
      <h3 className="panel-subheading">{t('templates.altPattern.title')}</h3>
      <p className="fill-hint">{t('templates.altPattern.hint')}</p>
      {LANGUAGES.map((l) => (
        <label key={l} className="field wide">
          <span className="field-label">{t('templates.altPattern.for', { lang: l.toUpperCase() })}</span>
          <textarea rows={2} value={design.altPattern?.[l] ?? ''} lang={l} data-testid={`alt-pattern-${l}`} onKeyDown={(e) => e.stopPropagation()} onChange={(e) => set(l, e.target.value)} />
          <span className="alt-pattern-chips">
            {textSlots.map((s) => (
              <button key={s.elementId} type="button" className="chip" data-testid={`alt-pattern-insert-${l}-${s.elementId}`} onClick={() => set(l, `${design.altPattern?.[l] ?? ''}{${s.elementId}}`)}>
                + {elementName(s.element, t, l)}
              </button>
            ))}
          </span>
        </label>
      ))}
    </div>
  );
}
