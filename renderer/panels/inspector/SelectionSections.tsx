// The inspector's sections for a selection: one element's properties, or the values several
// selected elements share; a field that differs reads "Mixed" and typing a value sets it on all of
// them (one undo step, each element's locks honoured). A chunk of its own: the first screen has
// nothing selected (Inspector.tsx loads it, and the idle preload fetches it before first use).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Element, ShapeElement } from '../../../core/model';
import { literalColors } from '../../../core/scene';
import { useDesignStore } from '../../state/design-store';
import { ColorInput, Field } from '../fields';
import { ArrangeSection, ElementSection, SizeGeometryNote, geometryUpdater } from './ElementSection';
import { useActivePreset, useShownElements } from '../../export/size-view';

/** The value every item shares, or undefined when they differ. */
export function sharedValue<T, V>(items: readonly T[], get: (item: T) => V): V | undefined {
  if (!items.length) return undefined;
  const first = get(items[0]!);
  return items.every((i) => get(i) === first) ? first : undefined;
}

function MixedNumber(props: { value: number | undefined; onChange(v: number): void; testId: string; min?: number; max?: number; suffix?: string }) {
  const { t } = useTranslation();
  const shown = props.value === undefined ? '' : String(Math.round(props.value * 100) / 100);
  const [text, setText] = useState(shown);
  // The field shows a new value from outside (state adjusted while rendering, as React advises).
  const [shownBefore, setShownBefore] = useState(shown);
  if (shownBefore !== shown) {
    setShownBefore(shown);
    setText(shown);
  }
  const commit = (raw: string) => {
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n)) return setText(shown);
    props.onChange(Math.min(props.max ?? Infinity, Math.max(props.min ?? -Infinity, n)));
  };
  return (
    <span className="number-input">
      <input
        type="number"
        value={text}
        placeholder={props.value === undefined ? t('inspector.mixed') : undefined}
        data-testid={props.testId}
        onChange={(e) => setText(e.target.value)}
        onBlur={(e) => commit(e.target.value)}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') commit(e.currentTarget.value);
        }}
      />
      {props.suffix && <span className="suffix">{props.suffix}</span>}
    </span>
  );
}

function MultiSection({ elements }: { elements: Element[] }) {
  const { t } = useTranslation();
  const setAll = (make: (el: Element) => Partial<Element>, field: string) =>
    useDesignStore.getState().updateElements(
      elements.map((el) => ({ id: el.id, patch: make(el) })),
      'history.property',
      { mergeKey: `multi:${field}:${elements.map((e) => e.id).join(',')}` },
    );
  const shown = useShownElements(useMemo(() => elements.map((e) => e.id), [elements]));
  const geometry = geometryUpdater(!!useActivePreset(), (patches, field) =>
    useDesignStore.getState().updateElements(patches, 'history.property', { mergeKey: `multi:${field}:${elements.map((e) => e.id).join(',')}` }),
  );
  const setGeometry = (patch: Partial<Element>, field: string) => geometry(elements.map((el) => ({ id: el.id, patch })), field);
  const shapes = elements.filter((e): e is ShapeElement => e.type === 'shape');
  const fill = shapes.length === elements.length ? sharedValue(shapes, (s) => literalColors(s.fill)) : undefined;
  return (
    <section className="panel-section" data-testid="multi-section">
      <h2 className="panel-heading">{t('inspector.multiple', { count: elements.length })}</h2>
      <SizeGeometryNote />
      <div className="field-grid">
        <Field label="X">
          <MixedNumber value={sharedValue(shown, (e) => e.x)} testId="prop-x" onChange={(x) => setGeometry({ x }, 'x')} />
        </Field>
        <Field label="Y">
          <MixedNumber value={sharedValue(shown, (e) => e.y)} testId="prop-y" onChange={(y) => setGeometry({ y }, 'y')} />
        </Field>
        <Field label={t('inspector.width')}>
          <MixedNumber value={sharedValue(shown, (e) => e.width)} min={1} testId="prop-width" onChange={(width) => setGeometry({ width }, 'w')} />
        </Field>
        <Field label={t('inspector.height')}>
          <MixedNumber value={sharedValue(shown, (e) => e.height)} min={1} testId="prop-height" onChange={(height) => setGeometry({ height }, 'h')} />
        </Field>
        <Field label={t('inspector.rotation')}>
          <MixedNumber value={sharedValue(elements, (e) => e.rotation)} min={-360} max={360} suffix="°" testId="prop-rotation" onChange={(rotation) => setAll(() => ({ rotation }), 'r')} />
        </Field>
        <Field label={t('inspector.opacity')}>
          <MixedNumber
            value={sharedValue(elements, (e) => Math.round(e.opacity * 100))}
            min={0}
            max={100}
            suffix="%"
            testId="prop-opacity"
            onChange={(o) => setAll(() => ({ opacity: o / 100 }), 'o')}
          />
        </Field>
        {shapes.length === elements.length && (
          <Field label={t('inspector.fill')}>
            <ColorInput value={fill ?? '#000000'} testId="prop-shape-fill" onChange={(c) => setAll(() => ({ fill: c }) as Partial<Element>, 'fill')} />
          </Field>
        )}
      </div>
      {fill === undefined && shapes.length === elements.length && <p className="mixed-hint">{t('inspector.mixed')}</p>}
    </section>
  );
}

/** The sections for one selected element, or for several. */
export function SelectionSections({ selected }: { selected: Element[] }) {
  if (selected.length === 1) return <ElementSection element={selected[0]!} />;
  return (
    <>
      <MultiSection elements={selected} />
      <ArrangeSection count={selected.length} />
    </>
  );
}
