// "Save as template": names in English and Spanish, a gallery category and the export size the
// layout was made for. The design is saved as it is, with its locks and slots.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRESETS } from '../../../core/presets';
import { TEMPLATE_CATEGORIES, type TemplateCategory } from '../../../core/templates';
import type { ModalProps } from '../../dialogs/dialog-store';
import { saveDesignAsTemplate } from '../../actions/template-actions';
import { errorMessage } from '../../i18n/error-message';
import { useDesignStore } from '../../state/design-store';

const NAME_MAX = 200;

export function SaveTemplateDialog({ close }: ModalProps) {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design);
  // Presets of the design's own size first: the template claims the size it was laid out for.
  const presets = useMemo(() => {
    const same = PRESETS.filter((p) => p.width === design.width && p.height === design.height && !p.name);
    const rest = PRESETS.filter((p) => !same.includes(p) && p.id !== 'custom' && !p.name);
    return { same, rest };
  }, [design.width, design.height]);
  const [nameEn, setNameEn] = useState(design.name);
  const [nameEs, setNameEs] = useState('');
  const [category, setCategory] = useState<TemplateCategory>('announcements');
  const [presetId, setPresetId] = useState(presets.same[0]?.id ?? presets.rest[0]?.id ?? 'instagram-square');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const valid = nameEn.trim().length > 0 && nameEs.trim().length > 0;

  const save = async () => {
    if (!valid || saving) return;
    setSaving(true);
    try {
      await saveDesignAsTemplate({ name: { en: nameEn.trim(), es: nameEs.trim() }, category, presetId });
      close();
    } catch (err) {
      setError(errorMessage(err));
      setSaving(false);
    }
  };

  return (
    <form
      className="save-template-dialog"
      data-testid="save-template-dialog"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') close();
      }}
    >
      <h2 className="modal-title">{t('templates.save.title')}</h2>
      <p className="modal-text">{t('templates.save.intro')}</p>
      <div className="field-grid">
        <label className="field wide">
          <span className="field-label">{t('templates.save.nameEn')}</span>
          <input type="text" value={nameEn} maxLength={NAME_MAX} data-autofocus data-testid="template-name-en" onChange={(e) => setNameEn(e.target.value)} />
        </label>
        <label className="field wide">
          <span className="field-label">{t('templates.save.nameEs')}</span>
          <input type="text" value={nameEs} maxLength={NAME_MAX} data-testid="template-name-es" onChange={(e) => setNameEs(e.target.value)} />
        </label>
        <label className="field">
          <span className="field-label">{t('templates.save.category')}</span>
          <select value={category} data-testid="template-category" onChange={(e) => setCategory(e.target.value as TemplateCategory)}>
            {TEMPLATE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`templates.category.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('templates.save.preset')}</span>
          <select value={presetId} data-testid="template-preset" onChange={(e) => setPresetId(e.target.value)}>
            {presets.same.length > 0 && (
              <optgroup label={t('templates.save.sameSize')}>
                {presets.same.map((p) => (
                  <option key={p.id} value={p.id}>
                    {t(p.labelKey)}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={t('templates.save.otherSizes')}>
              {presets.rest.map((p) => (
                <option key={p.id} value={p.id}>
                  {t(p.labelKey)}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" className="btn btn-outline" onClick={close}>
          {t('templates.discard.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={!valid || saving} data-testid="template-save-confirm">
          {t('templates.save.confirm')}
        </button>
      </div>
    </form>
  );
}

