import { QrSection } from './QrSection';
import { useTranslation } from 'react-i18next';
import type { Anchor, Element } from '../../../core/model';
import { useDesignStore } from '../../state/design-store';
import { Field, NumberInput } from '../fields';
import { TextSection } from './TextSection';
import { BrandStyleSection } from './BrandStyleSection';
import { LocksSection, SlotSection } from '../templates/AuthoringSections';
import { ShapeSection } from './ShapeSection';
import { ImageSection, RedactSection } from './ImageSection';
import { AnimationSection } from './AnimationSection';
import { keyframedMoves } from '../../motion/motion-edits';
import { useMotionStore } from '../../motion/motion-store';
import { ActionButton } from '../ActionButton';
import { commitGeometry, useActivePreset, useShownElements } from '../../export/size-view';
import { presetLabel } from '../../export/preset-labels';

/** With an export size previewed, position and size are that size's own (its hand adjustment). */
export function SizeGeometryNote() {
  const { t } = useTranslation();
  const preset = useActivePreset();
  if (!preset) return null;
  return (
    <p className="field-note" data-testid="size-geometry-note">
      {t('inspector.sizeGeometry', { size: presetLabel(t, preset) })}
    </p>
  );
}

/** Saves x/y/width/height: to the base layout, or as the previewed size's adjustment. */
export function geometryUpdater(active: boolean, fallback: (patches: { id: string; patch: Partial<Element> }[], field: string) => void) {
  return (patches: { id: string; patch: Partial<Element> }[], field: string) => {
    if (active) commitGeometry(patches, 'history.sizeAdjust');
    else fallback(patches, field);
  };
}

const ALIGN_IDS = ['align.left', 'align.hcenter', 'align.right', 'align.top', 'align.vcenter', 'align.bottom'];

/** Align, distribute, stacking and grouping for the selection, bound to the action registry. */
export function ArrangeSection({ count }: { count: number }) {
  const { t } = useTranslation();
  const ids = [
    ...ALIGN_IDS,
    ...(count > 2 ? ['distribute.horizontal', 'distribute.vertical'] : []),
    'arrange.front',
    'arrange.forward',
    'arrange.backward',
    'arrange.back',
    count > 1 ? 'arrange.group' : 'arrange.ungroup',
    'edit.duplicate',
  ];
  return (
    <section className="panel-section" data-testid="arrange-section">
      <h2 className="panel-heading">{t('inspector.arrange')}</h2>
      <div className="arrange-grid">
        {ids.map((id) => (
          <ActionButton key={id} actionId={id} variant="plain" />
        ))}
      </div>
    </section>
  );
}

/** Each axis of an anchor: its choices, automatic ('scale') first, and its i18n keys. */
const AXES = [
  { axis: 'horizontal', keys: 'h', values: ['scale', 'left', 'center', 'right', 'stretch'] },
  { axis: 'vertical', keys: 'v', values: ['scale', 'top', 'center', 'bottom', 'stretch'] },
] as const;

/**
 * Where the element goes at other sizes (core/layout/adapt): automatic placement (the default,
 * stored as no anchor), or pinned to an edge or the center, or stretched with the page. Anchors
 * win over automatic placement; hand adjustments made at a size win over both.
 */
function AnchorSection({ element, disabled }: { element: Element; disabled: boolean }) {
  const { t } = useTranslation();
  const anchor: Anchor = element.anchor ?? { horizontal: 'scale', vertical: 'scale' };
  const set = (next: Anchor) => {
    const automatic = next.horizontal === 'scale' && next.vertical === 'scale';
    useDesignStore.getState().updateElement(element.id, { anchor: automatic ? undefined : next }, 'history.property');
  };
  return (
    <section className="panel-section" data-testid="anchor-section">
      <h2 className="panel-heading">{t('inspector.anchor.title')}</h2>
      <p className="field-note">{t('inspector.anchor.note')}</p>
      <div className="field-grid">
        {AXES.map(({ axis, keys, values }) => (
          <Field key={axis} label={t(`inspector.anchor.${axis}`)}>
            <select data-testid={`anchor-${axis}`} value={anchor[axis]} disabled={disabled} onChange={(e) => set({ ...anchor, [axis]: e.target.value })}>
              {values.map((v) => (
                <option key={v} value={v}>
                  {t(`inspector.anchor.${keys}.${v}`)}
                </option>
              ))}
            </select>
          </Field>
        ))}
      </div>
    </section>
  );
}

export function ElementSection({ element }: { element: Element }) {
  const { t } = useTranslation();
  const authorMode = useDesignStore((s) => s.authorMode);
  const update = (patch: Partial<Element>, field: string) =>
    useDesignStore.getState().updateElement(element.id, patch, `history.property`, { mergeKey: `${element.id}:${field}` });
  const locked = (kind: keyof Element['locks']) => element.locks[kind] && !authorMode;
  const sized = !!useActivePreset();
  const shown = useShownElements([element.id])[0] ?? element;
  const geometry = geometryUpdater(sized, ([p], field) => update(p!.patch, field));
  const move = (patch: Partial<Element>, field: string) => {
    // At a moment of the timeline, a keyframed element's position is that moment's keyframe.
    const { rest } = keyframedMoves([{ id: element.id, patch }], sized ? null : useMotionStore.getState().playhead);
    if (rest.length) geometry(rest, field);
  };

  return (
    <>
      <section className="panel-section">
        <h2 className="panel-heading">{t(`inspector.type.${element.type}`)}</h2>
        <SizeGeometryNote />
        <div className="field-grid">
          <Field label="X">
            <NumberInput value={shown.x} disabled={locked('move')} testId="prop-x" onChange={(x) => move({ x }, 'x')} />
          </Field>
          <Field label="Y">
            <NumberInput value={shown.y} disabled={locked('move')} testId="prop-y" onChange={(y) => move({ y }, 'y')} />
          </Field>
          <Field label={t('inspector.width')}>
            <NumberInput value={shown.width} min={1} disabled={locked('resize')} testId="prop-width" onChange={(width) => move({ width }, 'w')} />
          </Field>
          <Field label={t('inspector.height')}>
            <NumberInput value={shown.height} min={1} disabled={locked('resize')} testId="prop-height" onChange={(height) => move({ height }, 'h')} />
          </Field>
          <Field label={t('inspector.rotation')}>
            <NumberInput value={element.rotation} min={-360} max={360} suffix="°" disabled={locked('resize')} testId="prop-rotation" onChange={(rotation) => update({ rotation }, 'r')} />
          </Field>
          <Field label={t('inspector.opacity')}>
            <NumberInput value={Math.round(element.opacity * 100)} min={0} max={100} suffix="%" disabled={locked('style')} testId="prop-opacity" onChange={(o) => update({ opacity: o / 100 }, 'o')} />
          </Field>
        </div>
      </section>
      <AnchorSection element={element} disabled={locked('move')} />
      {element.type === 'text' && <TextSection element={element} locked={locked} />}
      {element.type === 'shape' && <ShapeSection element={element} locked={locked} />}
      {element.type === 'image' && <ImageSection element={element} locked={locked} />}
      {element.type === 'redact' && <RedactSection element={element} locked={locked} />}
      {element.type === 'qr' && <QrSection element={element} locked={locked} />}
      {element.type === 'text' && <BrandStyleSection element={element} />}
      <AnimationSection element={element} locked={locked} />
      <SlotSection element={element} />
      <LocksSection element={element} />
      <ArrangeSection count={1} />
    </>
  );
}
