// Every row as its card at the preview size, drawn exactly as it exports (adapted, re-fitted, the
// row's kit and photo), one card per frame so a long sheet never freezes the editor. Each card
// lists what is wrong with its row; a click picks the row in the table to fix it there.
import { memo, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping } from '../../core/bulk';
import type { Design } from '../../core/model';
import type { Preset } from '../../core/presets';
import { renderDesignToCanvas } from '../../core/scene/builder';
import { sceneContextFor } from '../export/scene-context';
import { queueThumb, thumbSize } from '../export/size-thumbs';
import { previewRow, type BulkSheet, type RowIssue, type RowPhotos } from './bulk-sheet';

const CARD_SIDE = 180;

interface CardProps {
  index: number;
  cells: string;
  design: Design;
  sheet: BulkSheet;
  mapping: ColumnMapping;
  photos: RowPhotos;
  preset: Preset;
  template: Design;
  issues: readonly RowIssue[] | undefined;
  onIssues(row: number, issues: RowIssue[]): void;
  onPick(row: number): void;
}

const Card = memo(function Card({ index, cells, design, sheet, mapping, photos, preset, template, issues, onIssues, onPick }: CardProps) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const row = index + 1;
  useEffect(() => {
    // `cells` stands for this row's words: other rows' edits leave the card alone.
    void cells;
    return queueThumb(() => {
      const preview = previewRow(design, sheet, mapping, photos, index, preset, template, t);
      const target = canvas.current;
      if (target) {
        const { width, height, ratio } = thumbSize(preview.view, CARD_SIDE);
        const drawn = renderDesignToCanvas(preview.view, sceneContextFor(preview.view), ratio);
        target.width = width;
        target.height = height;
        target.getContext('2d')?.drawImage(drawn, 0, 0, width, height);
        drawn.width = 0;
        drawn.height = 0;
        target.dataset.drawn = `${preview.language}:${cells}`;
      }
      onIssues(row, preview.issues);
    });
    // The sheet object changes with every edit; `cells` and the mapping say when this card must redraw.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cells, design, mapping, photos, preset, template, t, index]);
  const blocking = issues?.some((i) => i.blocking);
  const size = thumbSize(preset, CARD_SIDE);
  return (
    <button
      type="button"
      className={`bulk-card ${blocking ? 'blocked' : issues?.length ? 'warn' : ''}`}
      data-testid={`bulk-card-${row}`}
      data-state={issues === undefined ? 'pending' : blocking ? 'blocked' : issues.length ? 'warn' : 'ok'}
      onClick={() => onPick(row)}
    >
      <span className="bulk-card-canvas" style={{ width: size.width, height: size.height }}>
        <canvas ref={canvas} width={size.width} height={size.height} data-testid={`bulk-card-canvas-${row}`} />
      </span>
      <span className="bulk-card-title">{t('bulk.preview.row', { row })}</span>
      {issues && issues.length > 0 && (
        <ul className="bulk-card-issues" data-testid={`bulk-card-issues-${row}`}>
          {issues.map((issue, i) => (
            <li key={i} className={issue.blocking ? 'blocking' : ''}>
              {issue.text}
            </li>
          ))}
        </ul>
      )}
    </button>
  );
});

type Props = Omit<CardProps, 'index' | 'cells' | 'issues'> & {
  rows: readonly number[];
  issues: ReadonlyMap<number, RowIssue[]>;
};

export function BulkPreviews({ rows, issues, ...shared }: Props) {
  const { t } = useTranslation();
  if (!rows.length) return <p className="muted bulk-empty">{t('bulk.preview.empty')}</p>;
  return (
    <div className="bulk-cards" data-testid="bulk-cards">
      {rows.map((i) => (
        <Card key={i} index={i} cells={JSON.stringify(shared.sheet.rows[i])} issues={issues.get(i + 1)} {...shared} />
      ))}
    </div>
  );
}
