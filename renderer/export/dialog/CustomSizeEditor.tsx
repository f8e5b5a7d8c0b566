// Custom sizes in the export dialog: add one, edit one in place (same id), remove one. A refusal
// names the field and what it accepts, in words.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { CUSTOM_PRESET_LIMITS, MB, physicalCustomSize, validateCustomPreset, type CustomPreset } from '../../../core/presets';
import { lengthUnit } from '../preset-labels';
import { slugify } from '../../../core/model';
import { apiErrorInfo } from '../../../core/api-errors';
import { useSizeStore } from '../size-store';
import { errorText } from './error-text';

export function RemoveCustom({ id, onRemoved }: { id: string; onRemoved(): void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="icon-btn export-remove"
      title={t('export.custom.remove')}
      aria-label={t('export.custom.remove')}
      onClick={() => {
        const list = useSizeStore.getState().customPresets.filter((p) => p.id !== id);
        void useSizeStore.getState().saveCustomPresets(list).then(onRemoved, () => undefined);
      }}
    >
      ×
    </button>
  );
}


/** A custom-size problem in the user's words, naming the field and what it accepts. */
function customSizeErrorText(t: TFunction, e: { code: string; path?: string; params: Record<string, string | number> }): string {
  if (e.code !== 'presets.custom-invalid') return errorText(t, e.code, e.params);
  const L = CUSTOM_PRESET_LIMITS;
  if (e.path?.startsWith('physical'))
    return t('export.custom.errors.physical', { min: L.minPhysicalInches, max: L.maxPhysicalInches, minCm: Math.ceil(L.minPhysicalInches * 2.54), maxCm: Math.floor(L.maxPhysicalInches * 2.54) });
  switch (e.path) {
    case 'name':
      return t('export.custom.errors.name', { max: L.maxNameLength });
    case 'width':
      return t('export.custom.errors.width', { min: L.minSide, max: L.maxSide });
    case 'height':
      return t('export.custom.errors.height', { min: L.minSide, max: L.maxSide });
    case 'byteLimit':
      return t('export.custom.errors.limit', { min: mbText(L.minByteLimit), max: mbText(L.maxByteLimit) });
    default:
      return errorText(t, e.code, e.params);
  }
}

/** Megabytes as the form shows them: decimal, like the platforms' own limits. */
function mbText(bytes: number): string {
  return String(Math.round((bytes / MB) * 100) / 100);
}

/**
 * Adds a custom size, or edits one (same id: what the dialog has chosen and any hand adjustment
 * saved in a design for that size stay attached to it).
 */
export function CustomSizeEditor({ initial, onSaved, onCancel }: { initial?: CustomPreset; onSaved(id: string): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial?.name ?? '');
  /** Pixels for screens; inches or centimetres make it a print size. */
  const [unit, setUnit] = useState<'px' | 'in' | 'cm'>(initial?.physical?.unit ?? 'px');
  const [width, setWidth] = useState(String(initial?.physical?.width ?? initial?.width ?? 1500));
  const [height, setHeight] = useState(String(initial?.physical?.height ?? initial?.height ?? 500));
  const changeUnit = (next: 'px' | 'in' | 'cm') => {
    setUnit(next);
    // Sensible starting values in the new unit: a poster, a banner.
    if (next === 'in') [setWidth, setHeight].forEach((set, i) => set(i ? '24' : '18'));
    else if (next === 'cm') [setWidth, setHeight].forEach((set, i) => set(i ? '70' : '50'));
    else [setWidth, setHeight].forEach((set, i) => set(i ? '500' : '1500'));
  };
  const [limit, setLimit] = useState(mbText(initial?.byteLimit ?? 8 * MB));
  const [errors, setErrors] = useState<string[]>([]);
  const prefix = initial ? `custom-edit-${initial.id}` : 'custom';
  const errorsRef = useRef<HTMLUListElement>(null);
  // The form sits at the end of a scrolling list: bring a refusal into view.
  useEffect(() => {
    if (errors.length) errorsRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [errors]);

  const save = async () => {
    const existing = useSizeStore.getState().customPresets;
    let id = initial?.id ?? `custom-${slugify(name, 'size', 40)}`;
    if (!initial) for (let n = 2; existing.some((p) => p.id === id); n++) id = `custom-${slugify(name, 'size', 40)}-${n}`;
    const mb = Number(limit);
    // The unit chosen now decides whether it is a print size; an earlier physical size does not stay.
    const base: Partial<CustomPreset> = { ...initial };
    delete base.physical;
    const size = unit === 'px' ? { width: Number(width), height: Number(height) } : physicalCustomSize(unit, Number(width), Number(height));
    const byteLimit = unit === 'px' ? (Number.isFinite(mb) ? Math.round(mb * MB) : NaN) : CUSTOM_PRESET_LIMITS.maxByteLimit;
    const result = validateCustomPreset({ ...base, id, name, ...size, byteLimit });
    if (!result.ok) {
      setErrors([...new Set(result.errors.map((e) => customSizeErrorText(t, e)))]);
      return;
    }
    const list = initial ? existing.map((p) => (p.id === id ? (result.custom as CustomPreset) : p)) : [...existing, result.custom as CustomPreset];
    try {
      await useSizeStore.getState().saveCustomPresets(list);
      setErrors([]);
      onSaved(id);
    } catch (e) {
      const info = apiErrorInfo(e);
      setErrors([info ? errorText(t, info.code, info.params) : String(e)]);
    }
  };

  return (
    <div
      className="export-custom-form"
      data-testid={`${prefix}-form`}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') onCancel();
        if (e.key === 'Enter') void save();
      }}
    >
      <input className="text-input" placeholder={t('export.custom.name')} aria-label={t('export.custom.name')} value={name} maxLength={CUSTOM_PRESET_LIMITS.maxNameLength} data-testid={`${prefix}-name`} onChange={(e) => setName(e.target.value)} />
      <input className="text-input num" type="number" step={unit === 'px' ? 1 : 0.01} aria-label={t('export.custom.width')} value={width} data-testid={`${prefix}-width`} onChange={(e) => setWidth(e.target.value)} />
      <span aria-hidden="true">×</span>
      <input className="text-input num" type="number" step={unit === 'px' ? 1 : 0.01} aria-label={t('export.custom.height')} value={height} data-testid={`${prefix}-height`} onChange={(e) => setHeight(e.target.value)} />
      <select aria-label={t('export.custom.unit')} value={unit} data-testid={`${prefix}-unit`} onChange={(e) => changeUnit(e.target.value as 'px' | 'in' | 'cm')}>
        <option value="px">{t('export.custom.unitPx')}</option>
        {(lengthUnit() === 'cm' ? (['cm', 'in'] as const) : (['in', 'cm'] as const)).map((u) => (
          <option key={u} value={u}>
            {t(`export.custom.unit_${u}`)}
          </option>
        ))}
      </select>
      {unit === 'px' && (
      <label className="export-custom-limit">
        <span>{t('export.custom.limit')}</span>
        <input className="text-input num" type="number" step="0.1" aria-label={t('export.custom.limit')} value={limit} data-testid={`${prefix}-limit`} onChange={(e) => setLimit(e.target.value)} />
        <span aria-hidden="true">MB</span>
      </label>
      )}
      <div className="export-custom-actions">
        <button type="button" className="btn btn-plain" data-testid={`${prefix}-cancel`} onClick={onCancel}>
          {t('export.custom.cancel')}
        </button>
        <button type="button" className="btn btn-primary" data-testid={`${prefix}-save`} onClick={() => void save()}>
          {t('export.custom.save')}
        </button>
      </div>
      {errors.length > 0 && (
        <ul className="export-custom-errors" role="alert" ref={errorsRef} data-testid={`${prefix}-errors`}>
          {errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function CustomSizeForm({ onAdded }: { onAdded(id: string): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="btn btn-plain export-add-custom" data-testid="custom-add-open" onClick={() => setOpen(true)}>
        + {t('export.custom.add')}
      </button>
    );
  }
  return (
    <CustomSizeEditor
      onSaved={(id) => {
        setOpen(false);
        onAdded(id);
      }}
      onCancel={() => setOpen(false)}
    />
  );
}

export function EditCustom({ onEdit }: { onEdit(): void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="icon-btn export-edit" title={t('export.custom.edit')} aria-label={t('export.custom.edit')} onClick={onEdit}>
      ✎
    </button>
  );
}
