// Brand kits: the list (the Placard kit is read-only; the user's own kits can be renamed,
// duplicated and deleted) and an editor for the chosen kit: named colors, heading and body
// fonts, logos, and the four text styles. "Apply to design" switches the design to the kit.
import { ownValue } from '../../../core/model/own';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_BRAND_KIT_ID,
  TEXT_STYLE_NAMES,
  createBrandKit,
  duplicateBrandKit,
  renameBrandKit,
  setKitColor,
  type BrandKit,
  type TextStyle,
  type TextStyleName,
} from '../../../core/brand';
import { BUNDLED_FAMILIES } from '../../../core/fonts/catalog';
import { ensureAllFamilies } from '../../fonts/bundled-faces';
import { addKitLogo, applyBrandKit, insertKitLogo, loadLibraryImages } from '../../actions/template-actions';
import { errorMessage } from '../../i18n/error-message';
import { confirm } from '../../dialogs/dialog-store';
import { useImageStore } from '../../assets/image-store';
import { useDesignStore } from '../../state/design-store';
import { useEditorStore } from '../../state/editor-store';
import { allKits, useLibraryStore } from '../../state/library-store';
import { ColorInput, NumberInput } from '../fields';

const STYLE_LABELS: Record<TextStyleName, string> = {
  headline: 'brand.textStyle.headline',
  body: 'brand.textStyle.body',
  caption: 'brand.textStyle.caption',
  hashtag: 'brand.textStyle.hashtag',
};

const COLOR_LABELS: Record<string, string> = {
  primary: 'kits.color.primary',
  secondary: 'kits.color.secondary',
  accent: 'kits.color.accent',
  dark: 'kits.color.dark',
  light: 'kits.color.light',
  muted: 'kits.color.muted',
  white: 'kits.color.white',
};

/** The standard color names in the UI language; a kit's own names are shown as they are. */
function useColorLabel(): (name: string) => string {
  const { t } = useTranslation();
  return (name) => (COLOR_LABELS[name] ? t(COLOR_LABELS[name]) : name);
}

function reportError(err: unknown): void {
  useEditorStore.getState().setStatus({ key: 'status.error', params: { message: errorMessage(err) }, tone: 'error' });
}

function Swatches({ kit }: { kit: BrandKit }) {
  return (
    <span className="kit-swatches" aria-hidden="true">
      {(['primary', 'secondary', 'accent'] as const).map((c) => (
        <span key={c} style={{ background: kit.colors[c] }} />
      ))}
    </span>
  );
}

function KitList({ kits, selected, inUse, onSelect }: { kits: BrandKit[]; selected: string; inUse: string; onSelect(id: string): void }) {
  const { t } = useTranslation();
  return (
    <ul className="kit-list" role="listbox" aria-label={t('kits.title')}>
      {kits.map((kit) => (
        <li key={kit.id}>
          <button
            type="button"
            role="option"
            aria-selected={kit.id === selected}
            className={`kit-row${kit.id === selected ? ' selected' : ''}`}
            data-testid={`kit-${kit.id}`}
            onClick={() => onSelect(kit.id)}
          >
            <Swatches kit={kit} />
            <span className="kit-name">{kit.name}</span>
            {kit.id === inUse && <span className="badge">{t('kits.inUse')}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}

function StyleRow({ kit, name, readOnly, onChange }: { kit: BrandKit; name: TextStyleName; readOnly: boolean; onChange(style: TextStyle): void }) {
  const { t } = useTranslation();
  const colorLabel = useColorLabel();
  const style = kit.textStyles[name];
  const token = typeof style.fill === 'string' ? '' : style.fill.token.slice('brand.'.length);
  const role = style.fontFamily === 'brand.heading' ? 'heading' : 'body';
  return (
    <div className="kit-style" data-testid={`kit-style-${name}`}>
      <span
        className="kit-style-name"
        style={{ fontFamily: kit.fonts[role], textTransform: style.uppercase ? 'uppercase' : 'none', color: ownValue(kit.colors, token) ?? undefined, fontWeight: style.fontWeight }}
      >
        {t(STYLE_LABELS[name])}
      </span>
      <div className="kit-style-controls">
        <select value={`brand.${role}`} disabled={readOnly} aria-label={t('kits.styleFont')} onChange={(e) => onChange({ ...style, fontFamily: e.target.value })}>
          <option value="brand.heading">{t('kits.headingFont')}</option>
          <option value="brand.body">{t('kits.bodyFont')}</option>
        </select>
        <NumberInput value={style.fontSize} min={6} max={400} disabled={readOnly} suffix="px" onChange={(fontSize) => onChange({ ...style, fontSize })} />
        <select
          value={token}
          disabled={readOnly}
          aria-label={t('kits.styleColor')}
          onChange={(e) => onChange({ ...style, fill: { token: `brand.${e.target.value}`, fallback: ownValue(kit.colors, e.target.value) ?? '#000000' } })}
        >
          {Object.keys(kit.colors).map((c) => (
            <option key={c} value={c}>
              {colorLabel(c)}
            </option>
          ))}
        </select>
        <label className="check compact" title={t('kits.uppercase')}>
          <input type="checkbox" checked={style.uppercase} disabled={readOnly} aria-label={t('kits.uppercase')} onChange={(e) => onChange({ ...style, uppercase: e.target.checked })} />
          AA
        </label>
      </div>
    </div>
  );
}

function Logos({ kit, readOnly }: { kit: BrandKit; readOnly: boolean }) {
  const { t } = useTranslation();
  const images = useImageStore((s) => s.images);
  useEffect(() => {
    void loadLibraryImages(kit.logos);
  }, [kit.logos]);
  return (
    <div className="kit-logos">
      {kit.logos.map((id) => {
        const image = images.get(id);
        return (
          <button key={id} type="button" className="kit-logo" title={t('kits.insertLogo')} aria-label={t('kits.insertLogo')} onClick={() => void insertKitLogo(id)}>
            {image ? <img src={image.src} alt="" /> : <span />}
          </button>
        );
      })}
      {!readOnly && (
        <button type="button" className="kit-logo add" data-testid="kit-add-logo" onClick={() => void addKitLogo(kit)}>
          <span aria-hidden="true">+</span>
          <span>{t('kits.addLogo')}</span>
        </button>
      )}
      {readOnly && kit.logos.length === 0 && <p className="empty-hint">{t('kits.noLogos')}</p>}
    </div>
  );
}

/** One language of the kit's disclaimer, saved when the field is left. */
function DisclaimerField({ lang, value, readOnly, onCommit }: { lang: 'en' | 'es'; value: string; readOnly: boolean; onCommit(text: string): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  return (
    <label className="field wide">
      <span className="field-label">{t('kits.disclaimerIn', { lang: lang.toUpperCase() })}</span>
      <textarea
        rows={2}
        value={draft}
        maxLength={300}
        disabled={readOnly}
        lang={lang}
        placeholder={t('kits.disclaimerPlaceholder')}
        data-testid={`kit-disclaimer-${lang}`}
        onKeyDown={(e) => e.stopPropagation()}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => draft.trim() !== value && onCommit(draft.trim())}
      />
    </label>
  );
}

export function BrandPanel() {
  const { t } = useTranslation();
  // The font lists show each family in its own face.
  useEffect(() => void ensureAllFamilies(), []);
  const colorLabel = useColorLabel();
  const userKits = useLibraryStore((s) => s.userKits);
  const saveError = useLibraryStore((s) => s.saveError);
  const appliedId = useDesignStore((s) => s.design.brandKitId);
  // Fill-in mode keeps the template's kit (core/model/locks enforceFillIn).
  const kitFixed = !useDesignStore((s) => s.authorMode);
  const designKitId = appliedId ?? DEFAULT_BRAND_KIT_ID;
  const kits = allKits(userKits);
  const [selectedId, setSelectedId] = useState(designKitId);
  const kit = kits.find((k) => k.id === selectedId) ?? kits[0]!;
  const readOnly = kit.id === DEFAULT_BRAND_KIT_ID;
  const inUse = kits.some((k) => k.id === designKitId) ? designKitId : DEFAULT_BRAND_KIT_ID;
  const [name, setName] = useState(kit.name);
  // The name field follows the kit shown (state adjusted while rendering, as React advises).
  const [nameOf, setNameOf] = useState(`${kit.id}\u0000${kit.name}`);
  if (nameOf !== `${kit.id}\u0000${kit.name}`) {
    setNameOf(`${kit.id}\u0000${kit.name}`);
    setName(kit.name);
  }

  const edit = (make: (k: BrandKit) => BrandKit) => {
    try {
      useLibraryStore.getState().editKit(make(kit));
    } catch (err) {
      reportError(err);
    }
  };
  const create = async (make: () => BrandKit) => {
    try {
      const saved = await useLibraryStore.getState().saveKit(make());
      setSelectedId(saved.id);
    } catch (err) {
      reportError(err);
    }
  };
  const remove = async () => {
    const answer = await confirm({
      titleKey: 'kits.delete.title',
      messageKey: 'kits.delete.message',
      params: { name: kit.name },
      buttons: [
        { id: 'delete', labelKey: 'kits.delete.confirm', kind: 'danger' },
        { id: 'cancel', labelKey: 'templates.discard.cancel' },
      ],
      cancelId: 'cancel',
    });
    if (answer !== 'delete') return;
    try {
      await useLibraryStore.getState().deleteKit(kit.id);
      setSelectedId(DEFAULT_BRAND_KIT_ID);
    } catch (err) {
      reportError(err);
    }
  };

  return (
    <div className="brand-panel" data-testid="brand-panel">
      <section className="panel-section">
        <h2 className="panel-heading">{t('kits.title')}</h2>
        <KitList kits={kits} selected={kit.id} inUse={inUse} onSelect={setSelectedId} />
        <div className="button-row">
          <button type="button" className="btn btn-outline btn-small" data-testid="kit-new" onClick={() => void create(() => createBrandKit(t('kits.newName')))}>
            {t('kits.new')}
          </button>
          <button type="button" className="btn btn-outline btn-small" data-testid="kit-duplicate" onClick={() => void create(() => duplicateBrandKit(kit, t('kits.copyName', { name: kit.name })))}>
            {t('kits.duplicate')}
          </button>
          <button type="button" className="btn btn-outline btn-small" disabled={readOnly} data-testid="kit-delete" onClick={() => void remove()}>
            {t('kits.delete.confirm')}
          </button>
        </div>
      </section>

      <section className="panel-section kit-editor" data-testid="kit-editor">
        <div className="kit-editor-head">
          {readOnly ? (
            <h3 className="kit-title">{kit.name}</h3>
          ) : (
            <input
              type="text"
              className="kit-title-input"
              value={name}
              maxLength={200}
              aria-label={t('kits.name')}
              data-testid="kit-name"
              onKeyDown={(e) => {
                e.stopPropagation();
                if (e.key === 'Enter') e.currentTarget.blur();
              }}
              onChange={(e) => setName(e.target.value)}
              onBlur={() => name.trim() && name !== kit.name && edit((k) => renameBrandKit(k, name.trim()))}
            />
          )}
        </div>
        <button type="button" className="btn btn-primary kit-apply" data-testid="apply-kit" disabled={appliedId === kit.id || kitFixed} onClick={() => applyBrandKit(kit)}>
          {appliedId === kit.id ? t('kits.applied') : t('kits.apply')}
        </button>
        {kitFixed && appliedId !== kit.id && (
          <p className="kit-note" data-testid="kit-fixed-note">
            {t('kits.fixedByTemplate')}
          </p>
        )}
        {readOnly && <p className="kit-note">{t('kits.readOnly')}</p>}
        {!!saveError && <p className="form-error">{errorMessage(saveError)}</p>}

        <h4 className="panel-subheading">{t('kits.colors')}</h4>
        <div className="kit-colors">
          {Object.entries(kit.colors).map(([colorName, value]) => (
            <label key={colorName} className="kit-color">
              <span className="field-label">{colorLabel(colorName)}</span>
              <ColorInput value={value} disabled={readOnly} testId={`kit-color-${colorName}`} onChange={(hex) => edit((k) => setKitColor(k, colorName, hex.toUpperCase()))} />
            </label>
          ))}
        </div>

        <h4 className="panel-subheading">{t('kits.fonts')}</h4>
        <div className="field-grid">
          {(['heading', 'body'] as const).map((role) => (
            <label key={role} className="field">
              <span className="field-label">{t(role === 'heading' ? 'kits.headingFont' : 'kits.bodyFont')}</span>
              <select value={kit.fonts[role]} disabled={readOnly} data-testid={`kit-font-${role}`} onChange={(e) => edit((k) => ({ ...k, fonts: { ...k.fonts, [role]: e.target.value } }))}>
                {[...new Set([kit.fonts[role], ...BUNDLED_FAMILIES])].map((f) => (
                  <option key={f} value={f} style={{ fontFamily: f }}>
                    {f}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>

        <h4 className="panel-subheading">{t('kits.logos')}</h4>
        <Logos kit={kit} readOnly={readOnly} />

        <h4 className="panel-subheading">{t('kits.disclaimer')}</h4>
        <p className="kit-note">{t('kits.disclaimerNote')}</p>
        {(['en', 'es'] as const).map((lang) => (
          <DisclaimerField key={`${kit.id}-${lang}`} lang={lang} value={kit.disclaimer[lang] ?? ''} readOnly={readOnly} onCommit={(text) => edit((k) => ({ ...k, disclaimer: { ...k.disclaimer, [lang]: text } }))} />
        ))}

        <h4 className="panel-subheading">{t('kits.textStylesTitle')}</h4>
        <div className="kit-styles">
          {TEXT_STYLE_NAMES.map((styleName) => (
            <StyleRow
              key={styleName}
              kit={kit}
              name={styleName}
              readOnly={readOnly}
              onChange={(style) => edit((k) => ({ ...k, textStyles: { ...k.textStyles, [styleName]: style } }))}
            />
          ))}
        </div>
      </section>
    </div>
  );
}
