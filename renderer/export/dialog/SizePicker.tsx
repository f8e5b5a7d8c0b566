// The sizes to export, grouped by platform, with each one's byte limit; custom sizes can be
// added, edited in place and removed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomPreset } from '../../../core/presets';
import { formatBytes, platformLabel, presetGroups, presetLabel } from '../preset-labels';
import { CustomSizeEditor, CustomSizeForm, EditCustom, RemoveCustom } from './CustomSizeEditor';

interface Props {
  custom: readonly CustomPreset[];
  selected: readonly string[];
  count: number;
  toggle(id: string, on: boolean): void;
}

export function SizePicker({ custom, selected, count, toggle }: Props) {
  const { t, i18n } = useTranslation();
  /** The custom size whose row is open for editing. */
  const [editingId, setEditingId] = useState<string | null>(null);
  return (
    <section className="export-presets" aria-label={t('export.dialog.sizes')}>
      <h3 className="export-h">
        {t('export.dialog.sizes')} <span className="export-count">{t('export.dialog.selectedCount', { count })}</span>
      </h3>
      <div className="export-preset-scroll">
        {presetGroups(custom).map((g) => (
          <fieldset key={g.platform} className="export-group">
            <legend>{platformLabel(t, g.platform)}</legend>
            {g.presets.map((p) => {
              const editable = p.platform === 'custom' ? custom.find((c) => c.id === p.id) : undefined;
              if (editable && editingId === p.id) {
                return <CustomSizeEditor key={p.id} initial={editable} onSaved={() => setEditingId(null)} onCancel={() => setEditingId(null)} />;
              }
              return (
                <div key={p.id} className="export-preset-row">
                  <label className="export-preset">
                    <input type="checkbox" data-testid={`preset-${p.id}`} checked={selected.includes(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} />
                    <span className="export-preset-name">{presetLabel(t, p)}</span>
                    {/* Paper has no upload limit. */}
                    <span className="export-preset-limit">{p.print ? '' : formatBytes(p.byteLimit, i18n.language)}</span>
                  </label>
                  {editable && <EditCustom onEdit={() => setEditingId(p.id)} />}
                  {editable && <RemoveCustom id={p.id} onRemoved={() => toggle(p.id, false)} />}
                </div>
              );
            })}
          </fieldset>
        ))}
        <CustomSizeForm onAdded={(id) => toggle(id, true)} />
      </div>
    </section>
  );
}
