// Fill-in mode's form: one field per slot of the template, in reading order. Text slots edit the
// text of the chosen language (EN/ES switch = the design's language); photo slots swap the photo.
// Every edit goes through the design store, so the template's locks decide what may change.
import { useTranslation } from 'react-i18next';
import { LANGUAGES, textFor, type Language, type TextElement } from '../../../core/model';
import { slotsOf, type SlotInfo } from '../../../core/templates';
import { replaceSlotPhoto } from '../../actions/template-actions';
import { useDesignStore } from '../../state/design-store';
import { useEditorStore } from '../../state/editor-store';
import { useImageStore } from '../../assets/image-store';

/** The patch that sets a text element's words in one language (base text for English when it has no variant). */
export function textPatch(el: TextElement, language: Language, text: string): Partial<TextElement> {
  if (language === 'en' && el.variants.en === undefined) return { text };
  return { variants: { ...el.variants, [language]: text } };
}

function slotTitle(slot: SlotInfo, language: Language, fallback: string): string {
  return slot.label[language] || slot.label.en || slot.label.es || slot.element.name || fallback;
}

/** Labels and hints speak the UI language; the text being edited is in the design's language. */
function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language?.startsWith('es') ? 'es' : 'en';
}

function TextSlot({ slot, language }: { slot: SlotInfo & { element: TextElement }; language: Language }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const el = slot.element;
  const other: Language = language === 'en' ? 'es' : 'en';
  const missingOther = !(el.variants[other]?.trim() || (other === 'en' && el.text.trim()));
  return (
    <div className="fill-slot">
      <label className="field wide">
        <span className="field-label fill-label">
          {slotTitle(slot, ui, t('templates.fill.textSlot'))}
          {slot.readOnly && <span className="badge">{t('templates.fill.locked')}</span>}
          {missingOther && !slot.readOnly && <span className="badge badge-warn">{t(other === 'es' ? 'templates.fill.needsEs' : 'templates.fill.needsEn')}</span>}
        </span>
        <textarea
          rows={Math.min(4, Math.max(2, Math.ceil(textFor(el, language).length / 28)))}
          value={textFor(el, language)}
          placeholder={slot.hint[ui] ?? slot.hint.en ?? ''}
          disabled={slot.readOnly}
          lang={language}
          data-testid={`slot-text-${el.id}`}
          onFocus={() => useEditorStore.getState().select([el.id])}
          onKeyDown={(e) => e.stopPropagation()}
          onChange={(e) =>
            useDesignStore.getState().updateElement(el.id, textPatch(el, language, e.target.value.slice(0, 20_000)), 'history.editText', { mergeKey: `slot:${el.id}:${language}` })
          }
        />
      </label>
    </div>
  );
}

function PhotoSlot({ slot }: { slot: SlotInfo }) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const image = useImageStore((s) => (slot.element.type === 'image' ? s.images.get(slot.element.assetId) : undefined));
  const hint = slot.hint[ui] ?? slot.hint.en;
  return (
    <div className="fill-slot fill-photo">
      <span className="field-label fill-label">
        {slotTitle(slot, ui, t('templates.fill.photoSlot'))}
        {slot.readOnly && <span className="badge">{t('templates.fill.locked')}</span>}
      </span>
      <div className="fill-photo-row">
        {image ? <img className="fill-photo-thumb" src={image.src} alt="" /> : <span className="fill-photo-thumb empty" />}
        <button
          type="button"
          className="btn btn-outline"
          disabled={slot.readOnly}
          data-testid={`slot-photo-${slot.elementId}`}
          onClick={() => {
            useEditorStore.getState().select([slot.elementId]);
            void replaceSlotPhoto(slot.elementId);
          }}
        >
          {t('templates.fill.replacePhoto')}
        </button>
      </div>
      {hint && <p className="fill-hint">{hint}</p>}
    </div>
  );
}

/** Shown at the top of the right panel while a design with slots is in fill-in mode. */
export function FillInForm() {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design);
  const authorMode = useDesignStore((s) => s.authorMode);
  if (authorMode) return null;
  const slots = slotsOf(design);
  if (!slots.length) return null;
  const language = design.language;
  return (
    <section className="panel-section fill-in-form" data-testid="fill-in-form">
      <div className="fill-head">
        <h2 className="panel-heading">{t('templates.fill.title')}</h2>
        <div className="segmented" role="radiogroup" aria-label={t('templates.fill.language')}>
          {LANGUAGES.map((l) => (
            <button
              key={l}
              type="button"
              role="radio"
              aria-checked={language === l}
              className={language === l ? 'active' : ''}
              data-testid={`fill-language-${l}`}
              onClick={() => useDesignStore.getState().setLanguage(l)}
            >
              {l.toUpperCase()}
            </button>
          ))}
        </div>
      </div>
      <p className="fill-intro">{t('templates.fill.intro')}</p>
      {slots.map((slot) =>
        slot.element.type === 'text' ? (
          <TextSlot key={slot.elementId} slot={slot as SlotInfo & { element: TextElement }} language={language} />
        ) : (
          <PhotoSlot key={slot.elementId} slot={slot} />
        ),
      )}
    </section>
  );
}
