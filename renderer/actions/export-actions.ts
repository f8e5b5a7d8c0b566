// Export actions: the export dialog (file.export, the toolbar's Export button and the native
// menu item), and the quick exports of what the canvas shows (renderer/export/quick-export.ts):
// a PNG through the save dialog, and the image on the system clipboard.
import { useDialogStore } from '../dialogs/dialog-store';
import { useEditorStore } from '../state/editor-store';
import { useDesignStore } from '../state/design-store';
import { mayExport } from '../export/fill-gate';
import { quickExportPreset } from '../export/quick-preset';
import { registerAction } from './registry';
import { errorMessage } from '../i18n/error-message';
import { getPreset, PRESETS, type Preset } from '../../core/presets';
import type { PaperId } from '../../core/print';
import { activePreset } from '../export/size-store';
import { lengthUnit, paperSize } from '../export/preset-labels';
import { getApi } from '../bridge';

const editor = () => useEditorStore.getState();
// The export code loads on first use (preloaded when the editor is idle, renderer/lazy-parts.ts).
const quick = () => import('../export/quick-export');

export function openExportDialog(): void {
  useDialogStore.getState().open('export', {});
}

/** Runs a quick export with the busy state on and its outcome in the status bar. */
async function runQuick(work: () => Promise<void>): Promise<void> {
  editor().setBusy(true);
  try {
    await work();
  } catch (err) {
    editor().setStatus({ key: 'status.error', params: { message: errorMessage(err) }, tone: 'error' });
  } finally {
    editor().setBusy(false);
  }
}

export async function copyImage(): Promise<void> {
  if (!(await mayExport([useDesignStore.getState().design.language]))) return;
  return runQuick(async () => {
    const { quickExport, quickClipboardSink } = await quick();
    const summary = await quickExport(quickClipboardSink());
    const file = summary.files[0];
    if (file) editor().setStatus({ key: 'export.status.copied', params: { width: file.result.width, height: file.result.height }, tone: 'success' });
  });
}

export async function exportPng(): Promise<void> {
  if (!(await mayExport([useDesignStore.getState().design.language]))) return;
  return runQuick(async () => {
    const { quickExport, quickSaveSink } = await quick();
    const summary = await quickExport(quickSaveSink());
    const path = summary.files[0]?.path;
    if (path) editor().setStatus({ key: 'status.exported', params: { path }, tone: 'success' });
  });
}

/** What quick exports will draw, for labels: "1080 × 1920". */
export function quickExportDetail(): { key: string; params: Record<string, string | number> } {
  const preset = quickExportPreset();
  return { key: 'export.quickSize', params: { width: preset.width, height: preset.height } };
}

/** The print size File > Print uses: the size shown if it is one, the design's own if it is one, else Letter (A4 where paper is metric). */
export function printPreset(): Preset {
  const shown = activePreset();
  if (shown?.print) return shown;
  const design = useDesignStore.getState().design;
  const own = PRESETS.find((p) => p.print && p.width === design.width && p.height === design.height);
  return own ?? getPreset(homePaper() === 'a4' ? 'print-a4' : 'print-letter')!;
}

/** The home printer's paper: A4 where paper is measured in centimetres, Letter where in inches. */
function homePaper(): PaperId {
  return lengthUnit() === 'cm' ? 'a4' : 'letter';
}

/** File > Print: lays the design out on paper (tiled when it is bigger than the sheet) and opens the system print dialog. */
export async function printDesign(): Promise<void> {
  const design = useDesignStore.getState().design;
  if (!(await mayExport([design.language]))) return;
  return runQuick(async () => {
    const [{ layOutPrint }, { createAppEncoder }] = await Promise.all([import('../export/print-layout'), import('../export/app-encoder')]);
    const layout = await layOutPrint(design, printPreset(), homePaper(), createAppEncoder({ oneOff: true }));
    try {
      const result = await getApi().printWindow();
      if (result.status === 'printed') editor().setStatus({ key: 'print.status.sent', params: { count: layout.pages }, tone: 'success' });
      else if (result.status === 'cancelled') editor().setStatus({ key: 'print.status.cancelled', tone: 'info' });
      else editor().setStatus({ key: 'print.status.failed', params: { reason: result.reason ?? '' }, tone: 'error' });
    } finally {
      layout.remove();
    }
  });
}

/** "Letter flyer (8.5 × 11 in)" for the menu and palette. */
function printDetail(): { key: string; params: Record<string, string | number> } {
  const preset = printPreset();
  return { key: 'print.detail', params: { size: paperSize(preset) } };
}

export function openSizeOverview(): void {
  useDialogStore.getState().open('sizes', {});
}

export function registerExportActions(): void {
  registerAction({ id: 'view.allSizes', labelKey: 'actions.allSizes', enabled: () => !editor().busy, run: openSizeOverview });
  registerAction({ id: 'file.export', labelKey: 'actions.export', enabled: () => !editor().busy, run: openExportDialog });
  registerAction({ id: 'file.bulk', labelKey: 'actions.bulk', enabled: () => !editor().busy, run: () => useDialogStore.getState().open('bulk', {}) });
  registerAction({ id: 'file.print', labelKey: 'actions.print', enabled: () => !editor().busy, run: printDesign, detail: printDetail });
  registerAction({ id: 'file.exportPng', labelKey: 'actions.exportPng', enabled: () => !editor().busy, run: exportPng, detail: quickExportDetail });
  registerAction({ id: 'edit.copyImage', labelKey: 'actions.copyImage', enabled: () => !editor().busy, run: copyImage, detail: quickExportDetail });
}
