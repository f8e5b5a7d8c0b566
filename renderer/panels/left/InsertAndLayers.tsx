import { useTranslation } from 'react-i18next';
import type { Element } from '../../../core/model';
import { displayText } from '../../../core/scene';
import { useDesignStore } from '../../state/design-store';
import { useEditorStore } from '../../state/editor-store';
import { ActionButton } from '../ActionButton';
import { Icon, type IconName } from '../icons';

const typeIcon = (el: Element): IconName =>
  el.type === 'text' ? 'text' : el.type === 'image' ? 'image' : el.type === 'shape' && el.shape === 'ellipse' ? 'ellipse' : 'rect';

export function InsertAndLayers() {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design);
  const selectedIds = useEditorStore((s) => s.selectedIds);
  const { select, toggleSelected } = useEditorStore.getState();

  const layerName = (el: Element) => {
    if (el.name) return el.name;
    if (el.type === 'text') return displayText(el, design.language).split('\n')[0]?.slice(0, 40) || t('layers.text');
    return t(`layers.${el.type === 'shape' ? el.shape : el.type}`);
  };

  return (
    <>
      <section className="panel-section">
        <h2 className="panel-heading">{t('panels.insert')}</h2>
        <div className="tile-grid">
          <ActionButton actionId="insert.text" icon="text" showLabel variant="tile" />
          <ActionButton actionId="insert.image" icon="image" showLabel variant="tile" />
          <ActionButton actionId="insert.rect" icon="rect" showLabel variant="tile" />
          <ActionButton actionId="insert.ellipse" icon="ellipse" showLabel variant="tile" />
        </div>
      </section>
      <section className="panel-section grow">
        <h2 className="panel-heading">{t('panels.layers')}</h2>
        {design.elements.length === 0 ? (
          <p className="empty-hint">{t('layers.empty')}</p>
        ) : (
          <ul className="layer-list" role="listbox" aria-label={t('panels.layers')} aria-multiselectable="true">
            {[...design.elements].reverse().map((el) => (
              <li
                key={el.id}
                role="option"
                aria-selected={selectedIds.includes(el.id)}
                className={`layer-row${selectedIds.includes(el.id) ? ' selected' : ''}${el.visible ? '' : ' hidden-layer'}`}
                data-testid={`layer-${el.id}`}
                onClick={(e) => (e.shiftKey ? toggleSelected(el.id) : select([el.id]))}
              >
                <Icon name={typeIcon(el)} size={16} />
                <span className="layer-name">{layerName(el)}</span>
                {!el.visible && <Icon name="eyeOff" size={14} />}
                {Object.values(el.locks).some(Boolean) && <Icon name="lock" size={14} />}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
