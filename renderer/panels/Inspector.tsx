// The inspector: properties of the selection, or of the document when nothing is selected.
import { useTranslation } from 'react-i18next';
import { findElement, textFor, type Element, type ImageElement, type ShapeElement, type TextElement } from '../../core/model';
import { literalColors } from '../../core/scene';
import { useDesignStore } from '../state/design-store';
import { useEditorStore } from '../state/editor-store';
import { FONT_FAMILIES } from '../fonts';
import { ColorInput, Field, NumberInput } from './fields';

export function Inspector() {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design);
  const selectedIds = useEditorStore((s) => s.selectedIds);
  const selected = selectedIds.map((id) => findElement(design.elements, id)).filter((e): e is Element => Boolean(e));

  return (
    <aside className="side-panel right-panel" data-testid="right-panel" aria-label={t('panels.inspector')}>
      {selected.length === 0 && <DocumentSection />}
      {selected.length === 1 && <ElementSection element={selected[0]!} />}
      {selected.length > 1 && (
        <section className="panel-section">
          <h2 className="panel-heading">{t('inspector.multiple', { count: selected.length })}</h2>
          <p className="empty-hint">{t('inspector.multipleHint')}</p>
        </section>
      )}
    </aside>
  );
}

function DocumentSection() {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design);
  const commit = useDesignStore((s) => s.commit);
  return (
    <section className="panel-section">
      <h2 className="panel-heading">{t('inspector.document')}</h2>
      <div className="field-grid">
        <Field label={t('inspector.name')} wide>
          <input
            type="text"
            value={design.name}
            placeholder={t('document.untitled')}
            data-testid="doc-name"
            onKeyDown={(e) => e.stopPropagation()}
            onChange={(e) => commit('history.rename', (d) => ({ ...d, name: e.target.value.slice(0, 200) }), { mergeKey: 'doc-name' })}
          />
        </Field>
        <Field label={t('inspector.width')}>
          <NumberInput value={design.width} min={1} max={8192} testId="doc-width" onChange={(v) => commit('history.resize', (d) => ({ ...d, width: Math.round(v) }), { mergeKey: 'doc-width' })} />
        </Field>
        <Field label={t('inspector.height')}>
          <NumberInput value={design.height} min={1} max={8192} testId="doc-height" onChange={(v) => commit('history.resize', (d) => ({ ...d, height: Math.round(v) }), { mergeKey: 'doc-height' })} />
        </Field>
        <Field label={t('inspector.background')} wide>
          <ColorInput
            value={literalColors(design.background.color)}
            testId="doc-background"
            onChange={(color) => commit('history.background', (d) => ({ ...d, background: { ...d.background, color } }), { mergeKey: 'doc-bg' })}
          />
        </Field>
        <Field label={t('inspector.designLanguage')} wide>
          <select value={design.language} data-testid="doc-language" onChange={(e) => useDesignStore.getState().setLanguage(e.target.value as 'en' | 'es')}>
            <option value="en">English</option>
            <option value="es">Español</option>
          </select>
        </Field>
      </div>
    </section>
  );
}

function ElementSection({ element }: { element: Element }) {
  const { t } = useTranslation();
  const authorMode = useDesignStore((s) => s.authorMode);
  const update = (patch: Partial<Element>, field: string) =>
    useDesignStore.getState().updateElement(element.id, patch, `history.property`, { mergeKey: `${element.id}:${field}` });
  const locked = (kind: keyof Element['locks']) => element.locks[kind] && !authorMode;

  return (
    <>
      <section className="panel-section">
        <h2 className="panel-heading">{t(`inspector.type.${element.type}`)}</h2>
        <div className="field-grid">
          <Field label="X">
            <NumberInput value={element.x} disabled={locked('move')} testId="prop-x" onChange={(x) => update({ x }, 'x')} />
          </Field>
          <Field label="Y">
            <NumberInput value={element.y} disabled={locked('move')} testId="prop-y" onChange={(y) => update({ y }, 'y')} />
          </Field>
          <Field label={t('inspector.width')}>
            <NumberInput value={element.width} min={1} disabled={locked('resize')} testId="prop-width" onChange={(width) => update({ width }, 'w')} />
          </Field>
          <Field label={t('inspector.height')}>
            <NumberInput value={element.height} min={1} disabled={locked('resize')} testId="prop-height" onChange={(height) => update({ height }, 'h')} />
          </Field>
          <Field label={t('inspector.rotation')}>
            <NumberInput value={element.rotation} min={-360} max={360} suffix="°" disabled={locked('resize')} testId="prop-rotation" onChange={(rotation) => update({ rotation }, 'r')} />
          </Field>
          <Field label={t('inspector.opacity')}>
            <NumberInput value={Math.round(element.opacity * 100)} min={0} max={100} suffix="%" disabled={locked('style')} testId="prop-opacity" onChange={(o) => update({ opacity: o / 100 }, 'o')} />
          </Field>
        </div>
      </section>
      {element.type === 'text' && <TextSection element={element} locked={locked} />}
      {element.type === 'shape' && <ShapeSection element={element} locked={locked} />}
      {element.type === 'image' && <ImageSection element={element} locked={locked} />}
    </>
  );
}

type LockedFn = (kind: keyof Element['locks']) => boolean;

function TextSection({ element, locked }: { element: TextElement; locked: LockedFn }) {
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

function ShapeSection({ element, locked }: { element: ShapeElement; locked: LockedFn }) {
  const { t } = useTranslation();
  const update = (patch: Partial<ShapeElement>, field: string) =>
    useDesignStore.getState().updateElement<ShapeElement>(element.id, patch, 'history.property', { mergeKey: `${element.id}:${field}` });
  const style = locked('style');
  return (
    <section className="panel-section">
      <h2 className="panel-heading">{t('inspector.appearance')}</h2>
      <div className="field-grid">
        <Field label={t('inspector.fill')}>
          <ColorInput value={literalColors(element.fill)} disabled={style} testId="prop-shape-fill" onChange={(fill) => update({ fill }, 'fill')} />
        </Field>
        <Field label={t('inspector.stroke')}>
          <ColorInput value={literalColors(element.stroke)} disabled={style} onChange={(stroke) => update({ stroke }, 'stroke')} />
        </Field>
        <Field label={t('inspector.strokeWidth')}>
          <NumberInput value={element.strokeWidth} min={0} max={200} disabled={style} onChange={(strokeWidth) => update({ strokeWidth }, 'sw')} />
        </Field>
        {element.shape === 'rect' && (
          <Field label={t('inspector.cornerRadius')}>
            <NumberInput value={element.cornerRadius} min={0} max={4096} disabled={style} onChange={(cornerRadius) => update({ cornerRadius }, 'cr')} />
          </Field>
        )}
      </div>
    </section>
  );
}

function ImageSection({ element, locked }: { element: ImageElement; locked: LockedFn }) {
  const { t } = useTranslation();
  return (
    <section className="panel-section">
      <h2 className="panel-heading">{t('inspector.image')}</h2>
      <div className="field-grid">
        <Field label={t('inspector.fit')} wide>
          <select
            value={element.fit}
            disabled={locked('style')}
            data-testid="prop-fit"
            onChange={(e) => useDesignStore.getState().updateElement<ImageElement>(element.id, { fit: e.target.value as ImageElement['fit'] }, 'history.property')}
          >
            <option value="cover">{t('inspector.fitCover')}</option>
            <option value="contain">{t('inspector.fitContain')}</option>
            <option value="stretch">{t('inspector.fitStretch')}</option>
          </select>
        </Field>
      </div>
    </section>
  );
}

function Toggle({ label, glyph, on, disabled, onChange }: { label: string; glyph: string; on: boolean; disabled?: boolean; onChange(on: boolean): void }) {
  return (
    <button type="button" className={`toggle${on ? ' on' : ''}`} aria-pressed={on} title={label} aria-label={label} disabled={disabled} onClick={() => onChange(!on)}>
      {glyph}
    </button>
  );
}
