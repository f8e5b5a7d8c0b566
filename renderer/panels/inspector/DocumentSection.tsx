import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { literalColors } from '../../../core/scene';
import { useDesignStore } from '../../state/design-store';
import { ColorInput, Field, NumberInput } from '../fields';
import { AltPatternSection } from '../templates/AltPatternSection';

/** Memoised: it reads the store itself, so the inspector re-rendering (a keystroke in a slot) passes it by. */
export const DocumentSection = memo(function DocumentSection() {
  const { t } = useTranslation();
  // Only what the section shows: typing into a slot must not re-render it.
  const name = useDesignStore((s) => s.design.name);
  const width = useDesignStore((s) => s.design.width);
  const height = useDesignStore((s) => s.design.height);
  const background = useDesignStore((s) => s.design.background.color);
  const language = useDesignStore((s) => s.design.language);
  const commit = useDesignStore((s) => s.commit);
  // Fill-in mode keeps the template's size and background (core/model/locks enforceFillIn).
  const fixed = !useDesignStore((s) => s.authorMode);
  return (
    <section className="panel-section">
      <h2 className="panel-heading">{t('inspector.document')}</h2>
      <div className="field-grid">
        <Field label={t('inspector.name')} wide>
          <input
            type="text"
            value={name}
            placeholder={t('document.untitled')}
            data-testid="doc-name"
            onKeyDown={(e) => e.stopPropagation()}
            onChange={(e) => commit('history.rename', (d) => ({ ...d, name: e.target.value.slice(0, 200) }), { mergeKey: 'doc-name' })}
          />
        </Field>
        <Field label={t('inspector.width')}>
          <NumberInput value={width} min={1} max={8192} testId="doc-width" disabled={fixed} onChange={(v) => commit('history.resize', (d) => ({ ...d, width: Math.round(v) }), { mergeKey: 'doc-width' })} />
        </Field>
        <Field label={t('inspector.height')}>
          <NumberInput value={height} min={1} max={8192} testId="doc-height" disabled={fixed} onChange={(v) => commit('history.resize', (d) => ({ ...d, height: Math.round(v) }), { mergeKey: 'doc-height' })} />
        </Field>
        <Field label={t('inspector.background')} wide>
          <ColorInput
            value={literalColors(background)}
            testId="doc-background"
            disabled={fixed}
            onChange={(color) => commit('history.background', (d) => ({ ...d, background: { ...d.background, color } }), { mergeKey: 'doc-bg' })}
          />
        </Field>
        <Field label={t('inspector.designLanguage')} wide>
          <select value={language} data-testid="doc-language" onChange={(e) => useDesignStore.getState().setLanguage(e.target.value as 'en' | 'es')}>
            <option value="en">English</option>
            <option value="es">Español</option>
          </select>
        </Field>
      </div>
      <AltPatternSection />
    </section>
  );
});
