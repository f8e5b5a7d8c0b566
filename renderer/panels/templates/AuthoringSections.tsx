// Author mode's inspector sections: per-property locks; the slot mark (text or photo) with its
// label and note to the volunteer in English and Spanish and its rules (required, placeholder to
// replace, maximum characters). Hidden in fill-in mode. The design's alt-text pattern is
// AltPatternSection.tsx.
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LIMITS, type Element, type Locks, type Slot } from '../../../core/model';
import { useDesignStore } from '../../state/design-store';

const LOCK_KINDS = ['move', 'resize', 'delete', 'content', 'style'] as const satisfies readonly (keyof Locks)[];
const LOCK_LABELS: Record<(typeof LOCK_KINDS)[number], string> = {
  move: 'templates.locks.move',
  resize: 'templates.locks.resize',
  delete: 'templates.locks.delete',
  content: 'templates.locks.content',
  style: 'templates.locks.style',
};

function update(element: Element, patch: Partial<Element>, field: string): void {
  useDesignStore.getState().updateElement(element.id, patch, 'history.templateRules', { mergeKey: `${element.id}:${field}` });
}

export function LocksSection({ element }: { element: Element }) {
  const { t } = useTranslation();
  const authorMode = useDesignStore((s) => s.authorMode);
  if (!authorMode) return null;
  return (
    <section className="panel-section" data-testid="locks-section">
      <h2 className="panel-heading">{t('templates.locks.title')}</h2>
      <div className="check-grid">
        {LOCK_KINDS.map((kind) => (
          <label key={kind} className="check">
            <input
              type="checkbox"
              checked={element.locks[kind]}
              data-testid={`lock-${kind}`}
              onChange={(e) => update(element, { locks: { ...element.locks, [kind]: e.target.checked } }, `lock-${kind}`)}
            />
            {t(LOCK_LABELS[kind])}
          </label>
        ))}
      </div>
    </section>
  );
}

export function SlotSection({ element }: { element: Element }) {
  const { t } = useTranslation();
  const authorMode = useDesignStore((s) => s.authorMode);
  if (!authorMode || (element.type !== 'text' && element.type !== 'image' && element.type !== 'qr')) return null;
  const kind: Slot['kind'] = element.type === 'image' ? 'photo' : 'text';
  const slot = element.slot;
  const setSlot = (next: Slot | undefined, field: string) => update(element, { slot: next }, field);
  const setText = (part: 'label' | 'hint', language: string, value: string) =>
    slot && setSlot({ ...slot, [part]: { ...slot[part], [language]: value.slice(0, 200) } }, `slot-${part}-${language}`);
  return (
    <section className="panel-section" data-testid="slot-section">
      <h2 className="panel-heading">{t('templates.slot.title')}</h2>
      <label className="check">
        <input
          type="checkbox"
          checked={!!slot}
          data-testid="slot-enabled"
          onChange={(e) => setSlot(e.target.checked ? { kind, label: {}, hint: {} } : undefined, 'slot')}
        />
        {t(kind === 'text' ? 'templates.slot.markText' : 'templates.slot.markPhoto')}
      </label>
      {slot && (
        <div className="field-grid slot-fields">
          {LANGUAGES.map((l) => (
            <label key={`label-${l}`} className="field">
              <span className="field-label">{t(l === 'en' ? 'templates.slot.labelEn' : 'templates.slot.labelEs')}</span>
              <input type="text" value={slot.label[l] ?? ''} data-testid={`slot-label-${l}`} onKeyDown={(e) => e.stopPropagation()} onChange={(e) => setText('label', l, e.target.value)} />
            </label>
          ))}
          {LANGUAGES.map((l) => (
            <label key={`hint-${l}`} className="field wide">
              <span className="field-label">{t(l === 'en' ? 'templates.slot.hintEn' : 'templates.slot.hintEs')}</span>
              <input type="text" value={slot.hint[l] ?? ''} data-testid={`slot-hint-${l}`} onKeyDown={(e) => e.stopPropagation()} onChange={(e) => setText('hint', l, e.target.value)} />
            </label>
          ))}
          {kind === 'text' && (
            <label className="check wide">
              <input type="checkbox" checked={!!slot.required} data-testid="slot-required" onChange={(e) => setSlot({ ...slot, required: e.target.checked || undefined }, 'slot-required')} />
              {t('templates.slot.required')}
            </label>
          )}
          <label className="check wide">
            <input type="checkbox" checked={!!slot.mustReplace} data-testid="slot-must-replace" onChange={(e) => setSlot({ ...slot, mustReplace: e.target.checked || undefined }, 'slot-must-replace')} />
            {t(kind === 'text' ? 'templates.slot.mustReplaceText' : 'templates.slot.mustReplacePhoto')}
          </label>
          {kind === 'text' && (
            <label className="field wide">
              <span className="field-label">{t('templates.slot.maxChars')}</span>
              <input
                type="number"
                min={1}
                max={LIMITS.maxTextLength}
                value={slot.maxChars ?? ''}
                placeholder={t('templates.slot.noLimit')}
                data-testid="slot-max-chars"
                onKeyDown={(e) => e.stopPropagation()}
                onChange={(e) => {
                  const n = Math.round(Number(e.target.value));
                  setSlot({ ...slot, maxChars: e.target.value && n >= 1 ? Math.min(n, LIMITS.maxTextLength) : undefined }, 'slot-max-chars');
                }}
              />
            </label>
          )}
        </div>
      )}
    </section>
  );
}
