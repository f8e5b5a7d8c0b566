// One row of buttons on a text element: apply a text style of the design's brand kit (headline,
// body, caption, hashtag). Tokens stay tokens, so the text keeps following the kit.
import { useTranslation } from 'react-i18next';
import { TEXT_STYLE_NAMES, textStyleProps } from '../../../core/brand';
import type { TextElement } from '../../../core/model';
import { useDesignStore } from '../../state/design-store';
import { useDesignKit } from '../../state/library-store';

const STYLE_LABELS = {
  headline: 'brand.textStyle.headline',
  body: 'brand.textStyle.body',
  caption: 'brand.textStyle.caption',
  hashtag: 'brand.textStyle.hashtag',
} as const;

export function BrandStyleSection({ element }: { element: TextElement }) {
  const { t } = useTranslation();
  const kit = useDesignKit();
  const authorMode = useDesignStore((s) => s.authorMode);
  const locked = element.locks.style && !authorMode;
  return (
    <section className="panel-section" data-testid="brand-style-section">
      <h2 className="panel-heading">{t('kits.textStyles', { name: kit.name })}</h2>
      <div className="style-row">
        {TEXT_STYLE_NAMES.map((name) => (
          <button
            key={name}
            type="button"
            className="btn btn-outline btn-small"
            disabled={locked}
            data-testid={`apply-style-${name}`}
            onClick={() => useDesignStore.getState().updateElement(element.id, textStyleProps(kit.textStyles[name]), 'history.textStyle')}
          >
            {t(STYLE_LABELS[name])}
          </button>
        ))}
      </div>
    </section>
  );
}
