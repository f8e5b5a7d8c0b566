import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { literalColors } from '../../../core/scene';
import { useDesignStore } from '../../state/design-store';
import { ColorInput, Field, NumberInput } from '../fields';
import { textFor, type TextElement, type TextHighlight, type TextShadow } from '../../../core/model';
import { FONT_FAMILIES } from '../../fonts';
import { useUserFonts } from '../../fonts/user-fonts';
import { importFontFromDisk } from '../../actions/meme-actions';
import { Toggle } from './Toggle';
import { useDesignKit } from '../../state/library-store';
import { FONT_ROLES, resolveFontFamily } from '../../../core/brand';
import type { LockedFn } from './types';

const DEFAULT_SHADOW: TextShadow = { color: '#000000', blur: 8, offsetX: 4, offsetY: 4 };

/**
 * The text inspector. Its style fields are memoised apart from the words: typing (here, on the
 * canvas or in the fill-in form) changes only the words, and must not rebuild every field.
 */
export function TextSection({ element, locked }: { element: TextElement; locked: LockedFn }) {
  const { t } = useTranslation();
  const language = useDesignStore((s) => s.design.language);
  const update = (patch: Partial<TextElement>, field: string) =>
    useDesignStore.getState().updateElement<TextElement>(element.id, patch, 'history.property', { mergeKey: `${element.id}:${field}` });
  return (
    <section className="panel-section" data-testid="text-section">
      <h2 className="panel-heading">{t('inspector.text')}</h2>
      <div className="field-grid">
        <Field label={t('inspector.content')} wide>
          <textarea
            rows={3}
            value={textFor(element, language)}
            disabled={locked('content')}
            data-testid="prop-text"
            dir="auto"
            onKeyDown={(e) => e.stopPropagation()}
            onChange={(e) =>
              update(element.variants[language] !== undefined ? { variants: { ...element.variants, [language]: e.target.value } } : { text: e.target.value }, 'text')
            }
          />
        </Field>
      </div>
      <TextStyleFields element={element} styleLocked={locked('style')} />
    </section>
  );
}

/** Equal but for the words: the style fields need no new render. */
function sameStyle(a: { element: TextElement; styleLocked: boolean }, b: { element: TextElement; styleLocked: boolean }): boolean {
  if (a.styleLocked !== b.styleLocked) return false;
  const x = a.element as unknown as Record<string, unknown>;
  const y = b.element as unknown as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  for (const k of keys) if (k !== 'text' && k !== 'variants' && x[k] !== y[k]) return false;
  return true;
}

const TextStyleFields = memo(function TextStyleFields({ element, styleLocked }: { element: TextElement; styleLocked: boolean }) {
  const { t } = useTranslation();
  const userFonts = useUserFonts((s) => s.families);
  const update = (patch: Partial<TextElement>, field: string) =>
    useDesignStore.getState().updateElement<TextElement>(element.id, patch, 'history.property', { mergeKey: `${element.id}:${field}` });
  const style = styleLocked;
  const shadow = element.shadow;
  const highlight = element.highlight;
  const setShadow = (patch: Partial<TextShadow>, field: string) => update({ shadow: { ...(shadow ?? DEFAULT_SHADOW), ...patch } }, field);
  const defaultHighlight = (): TextHighlight => ({ color: '#ffde59', padding: Math.round(element.fontSize * 0.25), radius: Math.round(element.fontSize * 0.15) });
  const setHighlight = (patch: Partial<TextHighlight>, field: string) => update({ highlight: { ...(highlight ?? defaultHighlight()), ...patch } }, field);
  const applyMemeStyle = () =>
    update(
      { fontFamily: 'Anton', fontWeight: 'normal', italic: false, fill: '#ffffff', stroke: '#000000', strokeWidth: Math.max(1, Math.round(element.fontSize / 12)), uppercase: true, align: 'center', fit: 'shrink' },
      'meme-style',
    );
  const kit = useDesignKit();
  // Brand font roles first ("Heading font (Anton)"), so a template keeps following its kit.
  const roles = FONT_ROLES.map((role) => `brand.${role}`);
  const families = [...new Set([...roles, ...FONT_FAMILIES, ...userFonts, element.fontFamily])];
  const fontLabel = (f: string) =>
    roles.includes(f) ? t(`inspector.brandFont.${f.slice('brand.'.length)}`, { family: resolveFontFamily(f, kit) }) : f;
  return (
    <>
      <div className="field-grid text-style-fields">
        <Field label={t('inspector.font')} wide>
          <span className="font-row">
            <select value={element.fontFamily} disabled={style} data-testid="prop-font" onChange={(e) => update({ fontFamily: e.target.value }, 'font')}>
              {families.map((f) => (
                <option key={f} value={f} style={{ fontFamily: `"${resolveFontFamily(f, kit)}"` }}>
                  {fontLabel(f)}
                </option>
              ))}
            </select>
            <button type="button" className="btn btn-plain" disabled={style} data-testid="import-font" onClick={() => void importFontFromDisk().then((f) => f && update({ fontFamily: f }, 'font'))}>
              {t('meme.importFont')}
            </button>
          </span>
        </Field>
        <Field label={t('inspector.fontSize')}>
          <NumberInput value={element.fontSize} min={1} max={2000} disabled={style} testId="prop-font-size" onChange={(fontSize) => update({ fontSize }, 'size')} />
        </Field>
        <Field label={t('inspector.color')}>
          <ColorInput value={literalColors(element.fill)} disabled={style} testId="prop-fill" onChange={(fill) => update({ fill }, 'fill')} />
        </Field>
        <div className="field wide toggle-row" role="group" aria-label={t('inspector.style')}>
          <Toggle label={t('inspector.bold')} glyph="B" on={element.fontWeight === 'bold'} disabled={style} onChange={(on) => update({ fontWeight: on ? 'bold' : 'normal' }, 'bold')} />
          <Toggle label={t('inspector.italic')} glyph="I" on={element.italic} disabled={style} onChange={(italic) => update({ italic }, 'italic')} />
          <Toggle label={t('inspector.uppercase')} glyph="AA" on={element.uppercase} disabled={style} onChange={(uppercase) => update({ uppercase }, 'caps')} />
          <span className="toggle-sep" />
          {(['left', 'center', 'right'] as const).map((align) => (
            <Toggle key={align} label={t(`inspector.align.${align}`)} glyph={align === 'left' ? '⇤' : align === 'center' ? '↔' : '⇥'} on={element.align === align} disabled={style} onChange={() => update({ align }, 'align')} />
          ))}
        </div>
        <Field label={t('textProps.fit')}>
          <select value={element.fit ?? 'none'} disabled={style} data-testid="prop-text-fit" onChange={(e) => update({ fit: e.target.value as TextElement['fit'] }, 'fit')}>
            <option value="shrink">{t('textProps.fitShrink')}</option>
            <option value="grow">{t('textProps.fitGrow')}</option>
            <option value="none">{t('textProps.fitNone')}</option>
          </select>
        </Field>
        <Field label={t('textProps.verticalAlign')}>
          <select value={element.verticalAlign} disabled={style} data-testid="prop-vertical-align" onChange={(e) => update({ verticalAlign: e.target.value as TextElement['verticalAlign'] }, 'valign')}>
            <option value="top">{t('textProps.top')}</option>
            <option value="middle">{t('textProps.middle')}</option>
            <option value="bottom">{t('textProps.bottom')}</option>
          </select>
        </Field>
        <Field label={t('textProps.direction')}>
          <select value={element.direction ?? 'auto'} disabled={style} data-testid="prop-direction" onChange={(e) => update({ direction: e.target.value as TextElement['direction'] }, 'dir')}>
            <option value="auto">{t('textProps.dirAuto')}</option>
            <option value="ltr">{t('textProps.dirLtr')}</option>
            <option value="rtl">{t('textProps.dirRtl')}</option>
          </select>
        </Field>
        <Field label={t('inspector.lineHeight')}>
          <NumberInput value={element.lineHeight} min={0.5} max={4} step={0.05} disabled={style} testId="prop-line-height" onChange={(lineHeight) => update({ lineHeight }, 'lh')} />
        </Field>
        <Field label={t('inspector.letterSpacing')}>
          <NumberInput value={element.letterSpacing} min={-50} max={200} disabled={style} testId="prop-letter-spacing" onChange={(letterSpacing) => update({ letterSpacing }, 'ls')} />
        </Field>
        <Field label={t('inspector.outline')}>
          <NumberInput value={element.strokeWidth} min={0} max={200} disabled={style} testId="prop-stroke-width" onChange={(strokeWidth) => update({ strokeWidth }, 'sw')} />
        </Field>
        <Field label={t('inspector.outlineColor')}>
          <ColorInput value={literalColors(element.stroke)} disabled={style} testId="prop-stroke" onChange={(stroke) => update({ stroke }, 'stroke')} />
        </Field>
        <div className="field wide">
          <button type="button" className="btn btn-plain meme-style-button" disabled={style} data-testid="apply-meme-style" onClick={applyMemeStyle}>
            {t('textProps.memeStyle')}
          </button>
        </div>
      </div>

      <h3 className="panel-subheading">
        <label className="check-label">
          <input type="checkbox" checked={!!shadow} disabled={style} data-testid="prop-shadow" onChange={(e) => update({ shadow: e.target.checked ? DEFAULT_SHADOW : undefined }, 'shadow-on')} />
          {t('textProps.shadow')}
        </label>
      </h3>
      {shadow && (
        <div className="field-grid">
          <Field label={t('inspector.color')}>
            <ColorInput value={literalColors(shadow.color)} disabled={style} testId="prop-shadow-color" onChange={(color) => setShadow({ color }, 'sh-c')} />
          </Field>
          <Field label={t('textProps.blur')}>
            <NumberInput value={shadow.blur} min={0} max={200} disabled={style} testId="prop-shadow-blur" onChange={(blur) => setShadow({ blur }, 'sh-b')} />
          </Field>
          <Field label={t('textProps.offsetX')}>
            <NumberInput value={shadow.offsetX} min={-500} max={500} disabled={style} testId="prop-shadow-x" onChange={(offsetX) => setShadow({ offsetX }, 'sh-x')} />
          </Field>
          <Field label={t('textProps.offsetY')}>
            <NumberInput value={shadow.offsetY} min={-500} max={500} disabled={style} testId="prop-shadow-y" onChange={(offsetY) => setShadow({ offsetY }, 'sh-y')} />
          </Field>
        </div>
      )}

      <h3 className="panel-subheading">
        <label className="check-label">
          <input type="checkbox" checked={!!highlight} disabled={style} data-testid="prop-highlight" onChange={(e) => update({ highlight: e.target.checked ? defaultHighlight() : undefined }, 'hl-on')} />
          {t('textProps.highlight')}
        </label>
      </h3>
      {highlight && (
        <div className="field-grid">
          <Field label={t('inspector.color')}>
            <ColorInput value={literalColors(highlight.color)} disabled={style} testId="prop-highlight-color" onChange={(color) => setHighlight({ color }, 'hl-c')} />
          </Field>
          <Field label={t('textProps.padding')}>
            <NumberInput value={highlight.padding} min={0} max={500} disabled={style} testId="prop-highlight-padding" onChange={(padding) => setHighlight({ padding }, 'hl-p')} />
          </Field>
          <Field label={t('textProps.radius')}>
            <NumberInput value={highlight.radius} min={0} max={500} disabled={style} testId="prop-highlight-radius" onChange={(radius) => setHighlight({ radius }, 'hl-r')} />
          </Field>
        </div>
      )}
    </>
  );
}, sameStyle);
