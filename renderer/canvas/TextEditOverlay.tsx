// In-place text editing: a textarea laid exactly over the text node, styled like it.
import { useEffect, useRef, useState } from 'react';
import { textFor, type TextElement, type Language } from '../../core/model';
import { fontFamilyOf } from '../../core/scene';
import { useDesignStore } from '../state/design-store';
import { kitResolvers, useDesignKit } from '../state/library-store';
import { useTranslation } from 'react-i18next';

interface Props {
  element: TextElement;
  language: Language;
  zoom: number;
  offset: { x: number; y: number };
  onDone(): void;
}

export function TextEditOverlay({ element, language, zoom, offset, onDone }: Props) {
  // Brand tokens look the same while typing as on the canvas.
  const brand = kitResolvers(useDesignKit());
  const { t } = useTranslation();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [value, setValue] = useState(() => textFor(element, language));
  const committed = useRef(false);

  useEffect(() => {
    const area = ref.current;
    if (!area) return;
    area.focus();
    area.select();
  }, []);

  const commit = () => {
    if (committed.current) return;
    committed.current = true;
    // A design in a language that has its own variant edits that variant; otherwise the base text.
    const patch: Partial<TextElement> =
      element.variants[language] !== undefined ? { variants: { ...element.variants, [language]: value } } : { text: value };
    useDesignStore.getState().updateElement<TextElement>(element.id, patch, 'history.editText');
    onDone();
  };

  return (
    <textarea
      ref={ref}
      className="text-edit-overlay"
      aria-label={t('canvas.editTextLabel')}
      data-testid="text-editor"
      value={value}
      readOnly={element.locks.content && !useDesignStore.getState().authorMode}
      onChange={(e) => setValue(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey))) {
          e.preventDefault();
          commit();
        }
      }}
      style={{
        left: offset.x + element.x * zoom,
        top: offset.y + element.y * zoom,
        width: element.width * zoom,
        height: element.height * zoom,
        transform: `rotate(${element.rotation}deg)`,
        fontFamily: fontFamilyOf(brand.fontFamily(element.fontFamily)),
        fontSize: element.fontSize * zoom,
        fontWeight: element.fontWeight,
        fontStyle: element.italic ? 'italic' : 'normal',
        lineHeight: element.lineHeight,
        letterSpacing: element.letterSpacing * zoom,
        textAlign: element.align,
        textTransform: element.uppercase ? 'uppercase' : 'none',
        color: brand.color(element.fill),
      }}
    />
  );
}
