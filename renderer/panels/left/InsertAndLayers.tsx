// The Design tab: insert tiles (text, image, shapes), the bundled stickers, and the layers list
// (top of the stack first) with drag to reorder, double-click to rename, hide/show and lock.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Element } from '../../../core/model';
import { elementName } from '../../i18n/element-name';
import { useDesignStore } from '../../state/design-store';
import { useEditorStore } from '../../state/editor-store';
import { moveToIndex } from '../../state/arrange';
import { toggleLock } from '../../actions/edit-actions';
import { insertImageFromBytes } from '../../actions/app-actions';
import { STICKERS } from '../../../assets/stickers';
import { ActionButton } from '../ActionButton';
import { Icon, type IconName } from '../icons';

const typeIcon = (el: Element): IconName => {
  if (el.type === 'shape') return el.shape === 'rect' ? (el.cornerRadius > 0 ? 'roundRect' : 'rect') : el.shape;
  if (el.type === 'text' || el.type === 'image' || el.type === 'group') return el.type;
  return 'rect';
};

// The previews are the bundled SVG files themselves, inline: an <img> of an SVG builds a whole
// document for each picture, which cost the first screen about 40 ms for twelve of them.
const stickerPreview = (svg: string) => ({ __html: svg });

async function insertSticker(svg: string, name: string): Promise<void> {
  await insertImageFromBytes(new TextEncoder().encode(svg), 'image/svg+xml', name);
}

export function InsertAndLayers() {
  const { t } = useTranslation();
  return (
    <>
      <section className="panel-section">
        <h2 className="panel-heading">{t('panels.insert')}</h2>
        <div className="tile-grid insert-tiles">
          <ActionButton actionId="insert.text" icon="text" showLabel variant="tile" />
          <ActionButton actionId="insert.image" icon="image" showLabel variant="tile" />
          <ActionButton actionId="insert.rect" icon="rect" showLabel variant="tile" />
          <ActionButton actionId="insert.roundRect" icon="roundRect" showLabel variant="tile" />
          <ActionButton actionId="insert.ellipse" icon="ellipse" showLabel variant="tile" />
          <ActionButton actionId="insert.line" icon="line" showLabel variant="tile" />
          <ActionButton actionId="insert.arrow" icon="arrow" showLabel variant="tile" />
          <ActionButton actionId="insert.star" icon="star" showLabel variant="tile" />
          <ActionButton actionId="insert.bubble" icon="bubble" showLabel variant="tile" />
          <ActionButton actionId="insert.qr" icon="qr" showLabel variant="tile" />
          <ActionButton actionId="insert.disclaimer" icon="text" showLabel variant="tile" />
        </div>
      </section>
      <section className="panel-section">
        <h2 className="panel-heading">{t('panels.stickers')}</h2>
        <div className="sticker-grid" data-testid="sticker-picker">
          {STICKERS.map((s) => (
            <button
              key={s.id}
              type="button"
              className="sticker-tile"
              title={t(s.labelKey)}
              aria-label={t(s.labelKey)}
              data-testid={`sticker-${s.id}`}
              onClick={() => void insertSticker(s.svg, t(s.labelKey))}
            >
              <span className="sticker-preview" aria-hidden="true" dangerouslySetInnerHTML={stickerPreview(s.svg)} />
            </button>
          ))}
        </div>
      </section>
      <Layers />
    </>
  );
}

function Layers() {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design);
  const authorMode = useDesignStore((s) => s.authorMode);
  const selectedIds = useEditorStore((s) => s.selectedIds);
  const { select, toggleSelected } = useEditorStore.getState();
  const [renaming, setRenaming] = useState<string | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [drop, setDrop] = useState<{ id: string; after: boolean } | null>(null);

  const layerName = (el: Element) => elementName(el, t, design.language);

  const rename = (el: Element, name: string) => {
    setRenaming(null);
    const trimmed = name.trim().slice(0, 200);
    if (trimmed !== el.name) useDesignStore.getState().updateElement(el.id, { name: trimmed }, 'history.renameLayer');
  };

  const onDrop = (target: Element, after: boolean) => {
    const id = dragId;
    setDragId(null);
    setDrop(null);
    if (!id || id === target.id) return;
    const store = useDesignStore.getState();
    const moving = store.design.elements.find((e) => e.id === id);
    if (!moving) return;
    if (moving.locks.move && !store.authorMode) {
      useDesignStore.setState({ lastRefusal: { elementId: id, keys: ['order'] } });
      return;
    }
    // The list shows the top of the stack first: "after" in the list means lower in the stack.
    store.commit('history.reorderLayer', (d) => {
      const without = d.elements.filter((e) => e.id !== id);
      const targetIndex = without.findIndex((e) => e.id === target.id);
      const index = after ? targetIndex : targetIndex + 1;
      const elements = moveToIndex(d.elements, id, index);
      return elements.every((e, i) => e === d.elements[i]) ? d : { ...d, elements };
    });
  };

  return (
    <section className="panel-section grow">
      <h2 className="panel-heading">{t('panels.layers')}</h2>
      {design.elements.length === 0 ? (
        <p className="empty-hint">{t('layers.empty')}</p>
      ) : (
        <ul className="layer-list" role="listbox" aria-label={t('panels.layers')} aria-multiselectable="true">
          {[...design.elements].reverse().map((el) => {
            const selected = selectedIds.includes(el.id);
            const locked = Object.values(el.locks).every(Boolean);
            const someLock = Object.values(el.locks).some(Boolean);
            const dropClass = drop?.id === el.id ? (drop.after ? ' drop-after' : ' drop-before') : '';
            return (
              <li
                key={el.id}
                role="option"
                aria-selected={selected}
                className={`layer-row${selected ? ' selected' : ''}${el.visible ? '' : ' hidden-layer'}${dropClass}`}
                data-testid={`layer-${el.id}`}
                draggable={renaming !== el.id}
                onDragStart={(e) => {
                  setDragId(el.id);
                  e.dataTransfer.effectAllowed = 'move';
                  e.dataTransfer.setData('text/x-placard-layer', el.id);
                }}
                onDragOver={(e) => {
                  if (!dragId) return;
                  e.preventDefault();
                  const box = e.currentTarget.getBoundingClientRect();
                  setDrop({ id: el.id, after: e.clientY > box.top + box.height / 2 });
                }}
                onDragLeave={() => setDrop((d) => (d?.id === el.id ? null : d))}
                onDrop={(e) => {
                  e.preventDefault();
                  const box = e.currentTarget.getBoundingClientRect();
                  onDrop(el, e.clientY > box.top + box.height / 2);
                }}
                onDragEnd={() => {
                  setDragId(null);
                  setDrop(null);
                }}
                onClick={(e) => (e.shiftKey ? toggleSelected(el.id) : select([el.id]))}
                onDoubleClick={() => setRenaming(el.id)}
                title={t('layers.rename')}
              >
                <Icon name={typeIcon(el)} size={16} />
                {renaming === el.id ? (
                  <input
                    className="layer-rename"
                    aria-label={t('layers.renameLabel')}
                    data-testid="rename-layer"
                    defaultValue={el.name || layerName(el)}
                    maxLength={200}
                    autoFocus
                    onFocus={(e) => e.currentTarget.select()}
                    onClick={(e) => e.stopPropagation()}
                    onBlur={(e) => rename(el, e.currentTarget.value)}
                    onKeyDown={(e) => {
                      e.stopPropagation();
                      if (e.key === 'Enter') rename(el, e.currentTarget.value);
                      if (e.key === 'Escape') setRenaming(null);
                    }}
                  />
                ) : (
                  <span className="layer-name">{layerName(el)}</span>
                )}
                <button
                  type="button"
                  className={`layer-toggle${el.visible ? '' : ' active'}`}
                  aria-label={el.visible ? t('layers.hide') : t('layers.show')}
                  title={el.visible ? t('layers.hide') : t('layers.show')}
                  data-testid={`visible-toggle-${el.id}`}
                  onClick={(e) => {
                    e.stopPropagation();
                    useDesignStore.getState().updateElement(el.id, { visible: !el.visible }, 'history.visibility');
                  }}
                >
                  <Icon name={el.visible ? 'eye' : 'eyeOff'} size={14} />
                </button>
                <button
                  type="button"
                  className={`layer-toggle${someLock ? ' active' : ''}`}
                  aria-label={locked ? t('layers.unlock') : t('layers.lock')}
                  title={locked ? t('layers.unlock') : t('layers.lock')}
                  data-testid={`lock-toggle-${el.id}`}
                  disabled={!authorMode}
                  onClick={(e) => {
                    e.stopPropagation();
                    toggleLock([el.id]);
                  }}
                >
                  <Icon name={someLock ? 'lock' : 'unlock'} size={14} />
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
