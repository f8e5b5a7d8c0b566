// Print settings of the export dialog, shown when a print size is chosen: resolution, bleed, crop
// marks, tiling a sign over home-printer sheets (with a preview of the sheets), and the distance
// the piece is read from, which the print checks use.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Design } from '../../../core/model';
import type { Preset } from '../../../core/presets';
import { defaultDistanceFt, formatDistance, formatPaperSize, planTiles, PRINT_DPI, type PaperId } from '../../../core/print';
import { lengthUnit, presetLabel } from '../preset-labels';
import { ThumbCanvas, useSizeOverview } from '../SizeThumb';

export interface PrintChoices {
  dpi: (typeof PRINT_DPI)[number];
  bleed: boolean;
  marks: boolean;
  tile: PaperId | null;
  /** Null: each size's usual distance (a sign across the street, a flyer in the hand). */
  distanceFt: number | null;
}

export const DEFAULT_PRINT_CHOICES: PrintChoices = { dpi: 300, bleed: true, marks: true, tile: null, distanceFt: null };

const DISTANCES_FT = [2, 6, 10, 20, 30] as const;
const PREVIEW_LONG_SIDE = 150;

/** The distance the checks use for a size. */
export function distanceFor(choices: PrintChoices, preset: Preset): number {
  return choices.distanceFt ?? defaultDistanceFt(preset);
}

const TilePreview = memo(function TilePreview({ design, preset, paper }: { design: Design; preset: Preset; paper: PaperId }) {
  const { t, i18n } = useTranslation();
  const overview = useSizeOverview(design, preset);
  const print = preset.print!;
  const plan = planTiles(print.widthIn, print.heightIn, paper);
  const box = PREVIEW_LONG_SIDE / Math.max(print.widthIn, print.heightIn);
  return (
    <figure className="tile-preview" data-testid={`tile-preview-${preset.id}`} data-sheets={plan.tiles.length} data-rows={plan.rows} data-cols={plan.cols}>
      <div className="tile-preview-art" style={{ width: print.widthIn * box, height: print.heightIn * box }}>
        <ThumbCanvas overview={overview} preset={preset} longSide={PREVIEW_LONG_SIDE} testId={`tile-preview-thumb-${preset.id}`} />
        <svg className="tile-preview-grid" viewBox={`0 0 ${print.widthIn} ${print.heightIn}`} preserveAspectRatio="none" aria-hidden="true">
          {plan.tiles.map((tile) => (
            <g key={`${tile.row}-${tile.col}`}>
              <rect x={tile.x} y={tile.y} width={tile.width} height={tile.height} />
              <text x={tile.x + 0.3} y={tile.y + 1.1} fontSize={Math.min(1.2, tile.width / 4)}>
                {t('print.pdf.sheetLabel', { row: tile.row + 1, col: tile.col + 1 })}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <figcaption>
        {t('export.print.tileSummary', {
          size: presetLabel(t, preset),
          count: plan.tiles.length,
          paper: t(`print.paper.${paper}`),
          rows: plan.rows,
          cols: plan.cols,
          sheet: formatPaperSize(plan.sheetWidthIn, plan.sheetHeightIn, lengthUnit(), i18n.language),
        })}
      </figcaption>
    </figure>
  );
});

interface Props {
  design: Design;
  presets: readonly Preset[];
  pdf: boolean;
  choices: PrintChoices;
  change(patch: Partial<PrintChoices>): void;
  /** Whether to offer the reading distance: only where the print checks are shown (not in bulk). */
  distance?: boolean;
}

export function PrintOptions({ design, presets, pdf, choices, change, distance = true }: Props) {
  const { t, i18n } = useTranslation();
  const printSizes = presets.filter((p) => p.print);
  if (!printSizes.length) return null;
  const screenSizes = presets.length - printSizes.length;
  const dieCut = printSizes.filter((p) => p.print?.dieCuts?.length);
  const unit = lengthUnit();
  return (
    <section className="export-print" data-testid="export-print" aria-label={t('export.print.title')}>
      <h3 className="export-h">{t('export.print.title')}</h3>
      {!pdf && <p className="export-hint">{t('export.print.pixelsHint')}</p>}
      {pdf && screenSizes > 0 && (
        <p className="export-hint export-hint-warn" data-testid="export-print-screen-sizes">
          {t('export.print.screenSizesLeft', { count: screenSizes })}
        </p>
      )}
      {pdf && !choices.tile && dieCut.length > 0 && (
        <p className="export-hint" data-testid="export-print-die-line">
          {t('export.print.dieLine', { sizes: dieCut.map((p) => presetLabel(t, p)).join(', ') })}
        </p>
      )}
      {pdf && (
        <>
          <div className="export-row">
            <span className="export-label">{t('export.print.dpi')}</span>
            <div className="export-seg" role="radiogroup" aria-label={t('export.print.dpi')}>
              {PRINT_DPI.map((dpi) => (
                <button key={dpi} type="button" role="radio" aria-checked={choices.dpi === dpi} data-testid={`print-dpi-${dpi}`} className={choices.dpi === dpi ? 'on' : ''} onClick={() => change({ dpi })}>
                  {t('export.print.dpiValue', { dpi })}
                </button>
              ))}
            </div>
          </div>
          <div className="export-row">
            <span className="export-label">{t('export.print.tile')}</span>
            <select value={choices.tile ?? 'none'} data-testid="print-tile" onChange={(e) => change({ tile: e.target.value === 'none' ? null : (e.target.value as PaperId) })}>
              <option value="none">{t('export.print.tileNone')}</option>
              <option value="letter">{t('export.print.tileOn', { paper: t('print.paper.letter') })}</option>
              <option value="a4">{t('export.print.tileOn', { paper: t('print.paper.a4') })}</option>
            </select>
          </div>
          {!choices.tile && (
            <div className="export-row export-checks-row">
              <label className="check">
                <input type="checkbox" checked={choices.bleed} data-testid="print-bleed" onChange={(e) => change({ bleed: e.target.checked })} />
                {t('export.print.bleed')}
              </label>
              <label className="check">
                <input type="checkbox" checked={choices.marks} data-testid="print-marks" onChange={(e) => change({ marks: e.target.checked })} />
                {t('export.print.marks')}
              </label>
            </div>
          )}
        </>
      )}
      {distance && (
        <div className="export-row">
          <span className="export-label">{t('export.print.distance')}</span>
          <select value={choices.distanceFt ?? 'auto'} data-testid="print-distance" onChange={(e) => change({ distanceFt: e.target.value === 'auto' ? null : Number(e.target.value) })}>
            <option value="auto">{t('export.print.distanceAuto')}</option>
            {DISTANCES_FT.map((ft) => (
              <option key={ft} value={ft}>
                {formatDistance(ft, unit, i18n.language)}
              </option>
            ))}
          </select>
        </div>
      )}
      {pdf && choices.tile && (
        <div className="tile-previews" data-testid="tile-previews">
          {printSizes.map((p) => (
            <TilePreview key={p.id} design={design} preset={p} paper={choices.tile!} />
          ))}
        </div>
      )}
    </section>
  );
}
