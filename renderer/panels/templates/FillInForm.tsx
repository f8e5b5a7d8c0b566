// Fill-in mode's form: one field per slot of the template, in reading order, each with the
// author's note, a character counter when the author set a limit, and what is still unfinished
// (core/templates/fill-check): a required field left empty, a placeholder not replaced, text over
// its limit, a language still showing the template's sample. Then the alt text, written from the
// fields. Text slots edit the design's language (EN/ES switch); photo slots swap the photo. Every
// edit goes through the design store, so the template's locks decide what may change.
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, LIMITS, type Design, type Language, type QrElement, type TextElement } from '../../../core/model';
import { QR_MAX_CHARS } from '../../../core/elements';
import { countCharacters } from '../../../core/export/alt-text';
import { fillInProblems, slotsOf, slotText, slotTextPatch, type FillProblem, type SlotInfo } from '../../../core/templates';
import { replaceSlotPhoto } from '../../actions/template-actions';
import { useDesignStore } from '../../state/design-store';
import { useEditorStore } from '../../state/editor-store';
import { useUiStore } from '../../state/ui-store';
import { useImageStore } from '../../assets/image-store';
import { AltTextBox } from '../../export/dialog/AltTextSection';
import { problemText } from '../../export/fill-gate';
import { elementName } from '../../i18n/element-name';
import { languageOfLocale } from '../../../core/model/locale';

/** Labels and notes speak the UI language; the text being edited is in the design's language. */
function useUiLanguage(): Language {
  const { i18n } = useTranslation();
  return languageOfLocale(i18n.language);
}

function Problems({ problems, design }: { problems: readonly FillProblem[]; design: Design }) {
  const { t } = useTranslation();
  if (!problems.length) return null;
  return (
    <ul className="fill-problems">
      {problems.map((p, i) => (
        <li key={`${p.code}:${p.language}:${i}`} className={p.blocking ? 'blocking' : 'ask'} data-testid={`fill-problem-${p.elementId ?? 'alt'}-${p.language}`} data-code={p.code}>
          {problemText(p, design, t)}
        </li>
      ))}
    </ul>
  );
}

function SlotHead({ slot, design }: { slot: SlotInfo; design: Design }) {
  const { t } = useTranslation();
  const el = slot.element;
  const other: Language = design.language === 'en' ? 'es' : 'en';
  // No words of its own in the other language: that export would repeat this language's words.
  const missingOther = el.type === 'text' && !(el.variants[other]?.trim() || (other === 'en' && el.text.trim()));
  return (
    <span className="field-label fill-label">
      {elementName(el, t, design.language)}
      {el.slot?.required && !slot.readOnly && <span className="badge">{t('fill.required')}</span>}
      {slot.readOnly && <span className="badge">{t('templates.fill.locked')}</span>}
      {missingOther && !slot.readOnly && <span className="badge badge-warn">{t(other === 'es' ? 'templates.fill.needsEs' : 'templates.fill.needsEn')}</span>}
    </span>
  );
}

type SlotProps = { slot: SlotInfo; language: Language; design: Design; problems: readonly FillProblem[] };

/**
 * A slot re-renders only when its own element, language or problems change: typing in one field
 * must not rebuild the others (each keystroke makes a new design object).
 */
function sameSlot(a: SlotProps, b: SlotProps): boolean {
  return (
    a.slot.element === b.slot.element &&
    a.slot.readOnly === b.slot.readOnly &&
    a.language === b.language &&
    a.problems.length === b.problems.length &&
    a.problems.every((p, i) => {
      const q = b.problems[i]!;
      return p.code === q.code && p.language === q.language && p.length === q.length && p.max === q.max;
    })
  );
}

const TextSlot = memo(function TextSlot({ slot, language, design, problems }: SlotProps) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const el = slot.element as TextElement | QrElement;
  const text = slotText(el, language);
  const limit = el.type === 'qr' ? QR_MAX_CHARS : LIMITS.maxTextLength;
  const max = el.slot?.maxChars;
  const length = max !== undefined ? countCharacters(text.trim()) : 0;
  const note = slot.hint[ui] ?? slot.hint.en ?? slot.hint.es;
  return (
    <div className="fill-slot" data-testid={`fill-slot-${el.id}`}>
      <label className="field wide">
        <SlotHead slot={slot} design={design} />
        <textarea
          rows={el.type === 'qr' ? 1 : Math.min(4, Math.max(2, Math.ceil(text.length / 28)))}
          value={text}
          disabled={slot.readOnly}
          lang={language}
          aria-invalid={problems.some((p) => p.blocking && p.language === language) || undefined}
          data-testid={`slot-text-${el.id}`}
          // Outlined on the canvas, not selected: typing then redraws the canvas and this form only.
          onFocus={() => useUiStore.getState().setFocusedSlot(el.id)}
          onBlur={() => useUiStore.getState().focusedSlotId === el.id && useUiStore.getState().setFocusedSlot(null)}
          onKeyDown={(e) => e.stopPropagation()}
          onChange={(e) =>
            useDesignStore.getState().updateElement(el.id, slotTextPatch(el, language, e.target.value.slice(0, limit)) as Partial<TextElement>, 'history.editText', { mergeKey: `slot:${el.id}:${language}` })
          }
        />
      </label>
      <div className="fill-meta">
        {note && <p className="fill-hint">{note}</p>}
        {max !== undefined && !slot.readOnly && (
          <span className={`fill-counter${length > max ? ' over' : ''}`} data-testid={`slot-counter-${el.id}`} aria-live="polite">
            {t('fill.counter', { length, max })}
          </span>
        )}
      </div>
      <Problems problems={problems} design={design} />
    </div>
  );
}, sameSlot);

const PhotoSlot = memo(function PhotoSlot({ slot, design, problems }: SlotProps) {
  const { t } = useTranslation();
  const ui = useUiLanguage();
  const image = useImageStore((s) => (slot.element.type === 'image' ? s.images.get(slot.element.assetId) : undefined));
  const note = slot.hint[ui] ?? slot.hint.en ?? slot.hint.es;
  return (
    <div className="fill-slot fill-photo" data-testid={`fill-slot-${slot.elementId}`}>
      <SlotHead slot={slot} design={design} />
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
      {note && <p className="fill-hint">{note}</p>}
      {/* A photo is the same in every language: one line is enough. */}
      <Problems problems={problems.slice(0, 1)} design={design} />
    </div>
  );
}, sameSlot);

/** Shown at the top of the right panel while a design with slots is in fill-in mode. */
export function FillInForm() {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design);
  const authorMode = useDesignStore((s) => s.authorMode);
  const slots = useMemo(() => slotsOf(design), [design]);
  const problems = useMemo(() => (authorMode ? [] : fillInProblems(design, LANGUAGES)), [design, authorMode]);
  if (authorMode || !slots.length) return null;
  const language = design.language;
  const of = (id: string | null) => problems.filter((p) => p.elementId === id);
  const blocking = problems.filter((p) => p.blocking).length;
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
              className={`${language === l ? 'active' : ''}${problems.some((p) => p.language === l) ? ' flagged' : ''}`}
              data-testid={`fill-language-${l}`}
              onClick={() => useDesignStore.getState().setLanguage(l)}
            >
              {l.toUpperCase()}
            </button>
          ))}
        </div>
      </div>
      <p className="fill-intro">{t('templates.fill.intro')}</p>
      {problems.length > 0 && (
        <p className={`fill-summary${blocking ? ' blocking' : ''}`} data-testid="fill-summary" role="status">
          {blocking ? t('fill.summary', { count: blocking }) : t('fill.summaryAsk', { count: problems.length })}
        </p>
      )}
      {slots.map((slot) =>
        slot.element.type !== 'image' ? (
          <TextSlot key={slot.elementId} slot={slot} language={language} design={design} problems={of(slot.elementId)} />
        ) : (
          <PhotoSlot key={slot.elementId} slot={slot} language={language} design={design} problems={of(slot.elementId)} />
        ),
      )}
      <div className="fill-slot fill-alt" data-testid="fill-alt">
        <label className="field wide">
          <span className="field-label fill-label">{t('fill.altText', { lang: language.toUpperCase() })}</span>
          {/* Written from the fields: it catches up when typing pauses, off the keystroke's path. */}
          <AltTextBox design={design} lang={language} testId="fill-alt-text" rows={3} settle={250} />
        </label>
        <Problems problems={of(null)} design={design} />
      </div>
    </section>
  );
}
