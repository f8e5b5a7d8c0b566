// The words a print PDF carries, through the caller's translator (the app's i18next, the CLI's):
// both rooms read the same catalog keys under `print.pdf`.
import type { PrintItem, PrintText } from './export';
import { formatPaperSize, type LengthUnit } from './units';

export type Translator = (key: string, params?: Record<string, string | number>) => string;

export function printText(t: Translator, options: { dpi: number; unit: LengthUnit; locale: string; presetLabel: (item: PrintItem) => string }): PrintText {
  const size = (item: PrintItem) => (item.preset.print ? formatPaperSize(item.preset.print.widthIn, item.preset.print.heightIn, options.unit, options.locale) : item.preset.id);
  return {
    info: (item) => t('print.pdf.info', { name: item.design.name, size: options.presetLabel(item), dpi: options.dpi, lang: item.lang.toUpperCase() }),
    tileLabel: (item, tile, plan) =>
      t('print.pdf.tileLabel', {
        row: tile.row + 1,
        col: tile.col + 1,
        sheet: tile.row * plan.cols + tile.col + 1,
        sheets: plan.tiles.length,
        name: item.design.name,
        size: size(item),
      }),
    sheetLabel: (tile) => t('print.pdf.sheetLabel', { row: tile.row + 1, col: tile.col + 1 }),
    guideTitle: (item, plan) => t('print.pdf.guideTitle', { name: item.design.name, size: size(item), sheets: plan.tiles.length, rows: plan.rows, cols: plan.cols }),
    guideSteps: (_item, plan) => [
      t('print.pdf.step1', { paper: t(`print.paper.${plan.paper}`) }),
      t('print.pdf.step2'),
      t('print.pdf.step3'),
      t('print.pdf.step4'),
    ],
  };
}
