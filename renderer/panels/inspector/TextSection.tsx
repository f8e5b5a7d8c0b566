import { useTranslation } from 'react-i18next';
import { literalColors } from '../../../core/scene';
import { useDesignStore } from '../../state/design-store';
import { ColorInput, Field, NumberInput } from '../fields';
import { textFor, type TextElement } from '../../../core/model';
import { FONT_FAMILIES } from '../../fonts';
import { Toggle } from './Toggle';
import type { LockedFn } from './types';

export function TextSection({ element, locked }: { element: TextElement; locked: LockedFn }) {
  const { t } = useTranslation();
  const language = useDesignStore((s) => s.design.language);
  const update = (patch: Partial<TextElement>, field: string) =>
    useDesignStore.getState().updateElement<TextElement>(element.id, patch, 'history.property', { mergeKey: `${element.id}:${field}` });
  const style = locked('style');
  return (
    <section className="panel-section">
      <h2 className="panel-heading">{t('inspector.text')}</h2>
      <div className="field-grid">
        <Field label={t('inspector.content')} wide>
          <textarea
            rows={3}
            value={textFor(element, language)}
            disabled={locked('content')}
            data-testid="prop-text"
            onKeyDown={(e) => e.stopPropagation()}
            onChange={(e) =>
              update(element.variants[language] !== undefined ? { variants: { ...element.variants, [language]: e.target.value } } : { text: e.target.value }, 'text')
            }
          />
        </Field>
        <Field label={t('inspector.font')} wide>
          <select value={element.fontFamily} disabled={style} data-testid="prop-font" onChange={(e) => update({ fontFamily: e.target.value }, 'font')}>
            {[...new Set([...FONT_FAMILIES, element.fontFamily])].map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
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
        <Field label={t('inspector.outline')}>
          <NumberInput value={element.strokeWidth} min={0} max={200} disabled={style} testId="prop-stroke-width" onChange={(strokeWidth) => update({ strokeWidth }, 'sw')} />
        </Field>
        <Field label={t('inspector.outlineColor')}>
          <ColorInput value={literalColors(element.stroke)} disabled={style} onChange={(stroke) => update({ stroke }, 'stroke')} />
        </Field>
        <Field label={t('inspector.lineHeight')}>
          <NumberInput value={element.lineHeight} min={0.5} max={4} step={0.05} disabled={style} onChange={(lineHeight) => update({ lineHeight }, 'lh')} />
        </Field>
        <Field label={t('inspector.letterSpacing')}>
          <NumberInput value={element.letterSpacing} min={-50} max={200} disabled={style} onChange={(letterSpacing) => update({ letterSpacing }, 'ls')} />
        </Field>
      </div>
    </section>
  );
}
