// Bulk create: one design, a spreadsheet, a card per row. The user loads a CSV or workbook (or
// types and pastes rows), says what each column fills, checks every row's card at a preview size
// and fixes cells in place, then exports every row to the chosen sizes and languages through the
// one export job (core/bulk runBulkJob), with progress, Cancel and a summary. The sheet and its
// mapping are saved with the design, so the next run is one click.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadFolder } from '../../core/api';
import { apiErrorInfo } from '../../core/api-errors';
import { altTextProblems, bulkPattern, bulkRow, DEFAULT_BULK_PATTERN, runBulkJob, type BulkProgress, type BulkSummary } from '../../core/bulk';
import { fileNameFor } from '../../core/export';
import { BULK_LIMITS, LANGUAGES, type Language } from '../../core/model';
import { designSizePreset, type Preset } from '../../core/presets';
import { getApi } from '../bridge';
import type { ModalProps } from '../dialogs/dialog-store';
import { createAppEncoder, warmExportWorkers } from '../export/app-encoder';
import { errorText } from '../export/dialog/error-text';
import { ExportOptions, type ExportChoices } from '../export/dialog/ExportOptions';
import { DEFAULT_PRINT_CHOICES, PrintOptions, type PrintChoices } from '../export/dialog/PrintOptions';
import { ProgressView, type OverwriteAnswer } from '../export/dialog/ProgressView';
import { SizePicker } from '../export/dialog/SizePicker';
import { presetLabel } from '../export/preset-labels';
import { pickExportFolder, RunFooter, showWindowProgress } from '../export/dialog/run-controls';
import { folderSink } from '../export/sinks';
import { activePreset, presetById, useSizeStore } from '../export/size-store';
import { useDesignStore } from '../state/design-store';
import { useEditorStore } from '../state/editor-store';
import { BulkPreviews } from './BulkPreviews';
import { BulkSummaryView } from './BulkSummaryView';
import { BulkTable } from './BulkTable';
import {
  bulkDataOf,
  dataRowIndexes,
  initialSheet,
  kitNamed,
  loadRowPhotos,
  mappingOf,
  sheetErrorText,
  sheetFromFile,
  targetChoices,
  templateView,
  type BulkSheet,
  type RowIssue,
  type RowPhotos,
} from './bulk-sheet';

type Phase = 'data' | 'export' | 'running' | 'done';
type OverwriteAsk = { names: string[]; resolve(answer: OverwriteAnswer): void };

/** Folders and export choices stay for the next run in this session. */
const remembered: { choices: Omit<ExportChoices, 'both'> & { both: boolean }; print: PrintChoices; folder: ReadFolder | null; sizes: string[] } = {
  choices: { format: 'png', quality: 85, scale: 1, pattern: DEFAULT_BULK_PATTERN, both: false },
  print: DEFAULT_PRINT_CHOICES,
  folder: null,
  sizes: [],
};

export function BulkDialog({ close }: ModalProps) {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design);
  const custom = useSizeStore((s) => s.customPresets);
  const [sheet, setSheetState] = useState<BulkSheet>(() => initialSheet(design, t));
  const [touched, setTouched] = useState(false);
  const [workbook, setWorkbook] = useState<{ name: string; bytes: Uint8Array; sheets: string[]; sheet: string | null } | null>(null);
  const [sheetFolder, setSheetFolder] = useState<ReadFolder | null>(null);
  const [photoFolder, setPhotoFolder] = useState<ReadFolder | null>(null);
  const [photos, setPhotos] = useState<RowPhotos>({ photos: new Map(), problems: new Map() });
  const [issues, setIssues] = useState<Map<number, RowIssue[]>>(new Map());
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>('data');
  const [previewId, setPreviewId] = useState<string>(() => activePreset()?.id ?? '');
  const [selected, setSelected] = useState<string[]>(() => (remembered.sizes.length ? remembered.sizes : [activePreset()?.id ?? 'instagram-square']).filter((id) => presetById(id, custom)));
  const [choices, setChoices] = useState<ExportChoices>(() => ({ ...remembered.choices }));
  const [print, setPrint] = useState<PrintChoices>(() => ({ ...remembered.print }));
  const [folder, setFolder] = useState<ReadFolder | null>(remembered.folder);
  const [progress, setProgress] = useState<BulkProgress>({ done: 0, total: 0, current: null, row: null });
  const [summary, setSummary] = useState<BulkSummary | null>(null);
  const [ask, setAsk] = useState<OverwriteAsk | null>(null);
  const abort = useRef<AbortController | null>(null);

  const setSheet = (next: BulkSheet) => {
    setSheetState(next);
    setTouched(true);
  };
  const mapping = useMemo(() => mappingOf(design, sheet), [design, sheet.header, sheet.targets]); // eslint-disable-line react-hooks/exhaustive-deps
  const choicesList = useMemo(() => targetChoices(design, t), [design, t]);
  const preset: Preset = useMemo(() => presetById(previewId, custom) ?? designSizePreset(design), [previewId, custom, design]);
  const template = useMemo(() => templateView(design, preset), [design, preset]);
  const rows = useMemo(() => dataRowIndexes(sheet), [sheet]);
  const hasLanguageColumn = sheet.targets.some((x) => x?.kind === 'language');

  // The export workers start (and load the faces) while the rows are being filled in, and stay until the dialog closes.
  useEffect(warmExportWorkers, []);

  // The sheet rides with the design (one undo step for a burst of edits), once the user changed it.
  useEffect(() => {
    if (!touched) return;
    const timer = setTimeout(() => useDesignStore.getState().commit('history.bulkData', (d) => ({ ...d, bulk: bulkDataOf(sheet) }), { mergeKey: 'bulk-data' }), 400);
    return () => clearTimeout(timer);
  }, [sheet, touched]);

  // Photo cells are read once each, from the picked folder first, then the spreadsheet's.
  const folders = useMemo(() => [photoFolder, sheetFolder].filter((f): f is ReadFolder => !!f), [photoFolder, sheetFolder]);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void loadRowPhotos(sheet, folders, (token, name) => getApi().readFolderPhoto({ folder: token, name }), photos, t).then((next) => {
        if (live && (next.photos.size !== photos.photos.size || next.problems.size !== photos.problems.size)) setPhotos(next);
      });
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [sheet, folders, photos, t]);

  const onIssues = useCallback((row: number, list: RowIssue[]) => setIssues((m) => (JSON.stringify(m.get(row)) === JSON.stringify(list) ? m : new Map(m).set(row, list))), []);
  const onPick = useCallback((row: number) => {
    setFocusRow(row);
    const target = document.querySelector<HTMLElement>(`[data-testid="bulk-row-${row}"] td.blamed textarea, [data-testid="bulk-row-${row}"] textarea`);
    target?.scrollIntoView({ block: 'nearest' });
    target?.focus();
  }, []);

  const showProblem = (e: unknown, name = '') => setProblem(sheetErrorText(e, t, name));

  const openSheet = async () => {
    setProblem(null);
    setNote(null);
    try {
      const file = await getApi().openSpreadsheet();
      if (!file) return;
      try {
        // The same workbook saved again opens at the sheet chosen last time.
        applyFile(file, undefined, workbook?.sheet ?? undefined);
        setSheetFolder(file.folder);
        setPhotos({ photos: new Map(), problems: new Map() });
      } catch (e) {
        showProblem(e, file.name);
      }
    } catch (e) {
      showProblem(e);
    }
  };

  const applyFile = (file: { name: string; bytes: Uint8Array }, name: string | undefined, preferred?: string) => {
    const read = sheetFromFile(design, file, name, preferred);
    const kept = read.rows.slice(0, BULK_LIMITS.maxRows);
    if (read.rows.length > kept.length) setNote(t('bulk.note.rowsCut', { n: read.rows.length, max: BULK_LIMITS.maxRows }));
    setWorkbook(read.sheets.length ? { ...file, sheets: read.sheets, sheet: read.sheet } : null);
    setSheet({ source: read.source, header: read.header, rows: kept, targets: read.targets });
    setIssues(new Map());
  };

  const chooseSheet = (name: string) => {
    if (!workbook) return;
    setProblem(null);
    try {
      applyFile(workbook, name);
    } catch (e) {
      showProblem(e, workbook.name);
    }
  };

  const choosePhotoFolder = async () => {
    setProblem(null);
    try {
      const chosen = await getApi().choosePhotoFolder();
      if (!chosen) return;
      setPhotoFolder(chosen);
      // A cell that failed before may be in the new folder.
      setPhotos((p) => ({ photos: p.photos, problems: new Map() }));
    } catch (e) {
      showProblem(e);
    }
  };

  const chooseFolder = async () => {
    setProblem(null);
    const chosen = await pickExportFolder(showProblem);
    if (chosen) setFolder(chosen);
  };

  const presets = useMemo(() => selected.map((id) => presetById(id, custom)).filter((p): p is Preset => !!p), [selected, custom]);
  const languages: readonly Language[] | 'row' = useMemo(() => (choices.both ? LANGUAGES : hasLanguageColumn ? 'row' : [design.language]), [choices.both, hasLanguageColumn, design.language]);
  // Rows whose alt text is too long for a chosen size are known once the sizes are (the export skips them).
  const altBlocked = useMemo(() => {
    if (phase !== 'export') return new Set<number>();
    const rowLanguages = (l: Language) => (languages === 'row' ? [l] : languages);
    return new Set(rows.filter((i) => {
      const row = bulkRow({ design, table: sheet, mapping, photos: photos.photos, fill: { kit: kitNamed } }, i);
      return altTextProblems(row.design, rowLanguages(row.language), presets, i + 1).length > 0;
    }));
  }, [phase, rows, design, sheet, mapping, photos, presets, languages]);
  const blockedRows = rows.filter((i) => issues.get(i + 1)?.some((x) => x.blocking) || altBlocked.has(i)).length;
  const makeable = rows.length - blockedRows;
  const pdf = choices.format === 'pdf';
  // A PDF holds every print size and language of its row: one file per row, once a print size is chosen.
  const pdfReady = !pdf || presets.some((p) => p.print);
  const perRow = pdf ? (pdfReady ? 1 : 0) : presets.length * (languages === 'row' ? 1 : languages.length);
  const firstRow = rows[0];
  const example =
    presets[0] && firstRow !== undefined
      ? fileNameFor(bulkPattern(choices.pattern) + (languages !== 'row' && languages.length > 1 && !choices.pattern.includes('{lang}') ? '-{lang}' : ''), {
          design,
          preset: presets[0],
          lang: languages === 'row' ? design.language : languages[0]!,
          index: 1,
          ext: choices.format === 'jpeg' ? 'jpg' : choices.format,
          row: firstRow + 1,
          cells: Object.fromEntries(sheet.header.map((h, i) => [h, sheet.rows[firstRow]?.[i] ?? ''])),
        })
      : '';

  const start = async () => {
    if (!folder || !presets.length || !pdfReady) return;
    Object.assign(remembered, { choices, print, folder, sizes: selected });
    setProblem(null);
    setPhase('running');
    useEditorStore.getState().setBusy(true);
    const controller = new AbortController();
    abort.current = controller;
    try {
      const pdfDeps = pdf ? await (await import('../export/print-pdf')).appPdfDeps(print.dpi) : null;
      const result = await runBulkJob(
        {
          design,
          table: sheet,
          mapping,
          photos: photos.photos,
          presets,
          languages,
          format: choices.format,
          quality: choices.quality / 100,
          scale: choices.scale,
          pattern: choices.pattern,
          fill: { kit: kitNamed },
          ...(pdf ? { print: { dpi: print.dpi, bleed: print.bleed, marks: print.marks, tile: print.tile } } : {}),
        },
        {
          ...(pdfDeps ? { pdf: pdfDeps } : {}),
          encoder: createAppEncoder(),
          sink: folderSink(getApi(), folder.token, (names) => new Promise((resolve) => setAsk({ names, resolve }))),
          signal: controller.signal,
          errorInfo: apiErrorInfo,
          onProgress: (p) => {
            setProgress(p);
            showWindowProgress(p.total ? p.done / p.total : 0);
          },
        },
      );
      setSummary(result);
      setPhase('done');
      const files = result.rows.reduce((n, r) => n + r.files.length, 0);
      const failedRows = result.rows.filter((r) => r.problems.length || r.failed.length).length;
      useEditorStore.getState().setStatus({ key: result.cancelled ? 'bulk.status.cancelled' : 'bulk.status.done', params: { n: files, rows: result.rows.length - failedRows, folder: folder.label }, tone: failedRows ? 'error' : 'success' });
    } catch (e) {
      setProblem(apiErrorInfo(e) ? errorText(t, apiErrorInfo(e)!.code, apiErrorInfo(e)!.params) : String(e));
      setPhase('export');
    } finally {
      abort.current = null;
      showWindowProgress(null);
      useEditorStore.getState().setBusy(false);
    }
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape' && phase !== 'running') close();
  };

  return (
    <div className="bulk-dialog export-dialog" data-testid="bulk-dialog" data-phase={phase} onKeyDown={onKeyDown}>
      <header className="export-head">
        <h2 className="modal-title">{t('bulk.title')}</h2>
        <p className="export-sub">{t('bulk.subtitle', { name: design.name || t('bulk.untitled') })}</p>
      </header>

      {phase === 'data' && (
        <>
          <div className="bulk-bar">
            <button type="button" className="btn btn-outline" data-testid="bulk-open" onClick={() => void openSheet()}>
              {t('bulk.open')}
            </button>
            {workbook && workbook.sheets.length > 1 && (
              <label className="bulk-field">
                {t('bulk.sheet')}
                <select value={workbook.sheet ?? ''} data-testid="bulk-sheet" onChange={(e) => chooseSheet(e.target.value)}>
                  {workbook.sheets.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </label>
            )}
            <span className="bulk-source" data-testid="bulk-source">
              {sheet.source ? t('bulk.source', { name: sheet.source, rows: rows.length }) : t('bulk.typed', { rows: rows.length })}
            </span>
            <span className="bulk-spacer" />
            {sheet.targets.some((x) => x?.kind === 'photo') && (
              <>
                <span className="bulk-folder" data-testid="bulk-photo-folder" title={photoFolder?.label ?? sheetFolder?.label ?? ''}>
                  {photoFolder ? t('bulk.photos.folder', { name: photoFolder.label }) : sheetFolder ? t('bulk.photos.besideSheet') : t('bulk.photos.none')}
                </span>
                <button type="button" className="btn btn-outline" data-testid="bulk-choose-photos" onClick={() => void choosePhotoFolder()}>
                  {t('bulk.photos.choose')}
                </button>
              </>
            )}
          </div>
          {mapping.unmatched.length > 0 && (
            <p className="bulk-mapping-note" data-testid="bulk-unmatched">
              {t('bulk.mapping.unmatched', { columns: mapping.unmatched.join(', ') })}
            </p>
          )}
          <div className="bulk-body">
            <BulkTable sheet={sheet} change={setSheet} choices={choicesList} issues={issues} focusRow={focusRow} />
            <section className="bulk-preview" aria-label={t('bulk.preview.title')}>
              <div className="bulk-preview-head">
                <h3 className="export-h">{t('bulk.preview.title')}</h3>
                <label className="bulk-field">
                  {t('bulk.preview.size')}
                  <select value={previewId} data-testid="bulk-preview-size" onChange={(e) => setPreviewId(e.target.value)}>
                    <option value="">{t('bulk.preview.designSize', { width: design.width, height: design.height })}</option>
                    {selected
                      .map((id) => presetById(id, custom))
                      .filter((p): p is Preset => !!p)
                      .map((p) => (
                        <option key={p.id} value={p.id}>
                          {presetLabel(t, p)}
                        </option>
                      ))}
                  </select>
                </label>
              </div>
              <BulkPreviews rows={rows} design={design} sheet={sheet} mapping={mapping} photos={photos} preset={preset} template={template} issues={issues} onIssues={onIssues} onPick={onPick} />
            </section>
          </div>
        </>
      )}

      {phase === 'export' && (
        <div className="export-body">
          <div className="export-left">
            <SizePicker custom={custom} selected={selected} count={presets.length} toggle={(id, on) => setSelected((s) => (on ? [...s.filter((x) => x !== id), id] : s.filter((x) => x !== id)))} />
          </div>
          <section className="export-options">
            <ExportOptions
              choices={choices}
              change={(patch) => setChoices((c) => ({ ...c, ...patch }))}
              language={design.language}
              example={example}
              folder={folder}
              chooseFolder={() => void chooseFolder()}
              formats={['png', 'jpeg', 'webp', 'pdf']}
              {...(hasLanguageColumn ? { currentLabel: t('bulk.export.rowLanguage') } : {})}
            />
            {/* Bulk shows no print checks, so it offers no reading distance for them. */}
            {pdf && <PrintOptions design={design} presets={presets} pdf distance={false} choices={print} change={(patch) => setPrint((c) => ({ ...c, ...patch }))} />}
            <p className="export-hint" data-testid="bulk-export-plan">
              {t(pdf ? 'bulk.export.planPdf' : 'bulk.export.plan', { rows: makeable, files: makeable * perRow })}
              {blockedRows > 0 && <> {t('bulk.export.skipping', { n: blockedRows })}</>}
            </p>
            <p className="export-hint">{t('bulk.export.rowToken')}</p>
          </section>
        </div>
      )}

      {phase === 'running' && (
        <>
          {progress.row !== null && (
            <p className="bulk-progress-row" data-testid="bulk-progress-row">
              {t('bulk.progress.row', { row: progress.row })}
            </p>
          )}
          <ProgressView progress={progress} existing={ask?.names ?? null} answer={(a) => (ask?.resolve(a), setAsk(null))} />
        </>
      )}

      {phase === 'done' && summary && <BulkSummaryView summary={summary} design={design} folder={folder} photos={photos} />}

      {note && <p className="bulk-note" data-testid="bulk-note">{note}</p>}
      {problem && (
        <p className="export-problem" role="alert" data-testid="bulk-problem">
          {problem}
        </p>
      )}

      <footer className="modal-actions export-actions">
        {phase === 'data' && (
          <>
            <button type="button" className="btn btn-outline" data-testid="bulk-close" onClick={close}>
              {t('bulk.close')}
            </button>
            <button type="button" className="btn btn-primary" data-testid="bulk-next" disabled={!rows.length} onClick={() => setPhase('export')}>
              {t('bulk.next', { n: rows.length })}
            </button>
          </>
        )}
        {phase === 'export' && (
          <>
            {!folder && <span className="export-footer-hint">{t('export.dialog.needFolder')}</span>}
            {!pdfReady && <span className="export-footer-hint" data-testid="bulk-pdf-needs-print">{t('export.print.pdfNeedsPrint')}</span>}
            <button type="button" className="btn btn-outline" data-testid="bulk-back" onClick={() => setPhase('data')}>
              {t('bulk.back')}
            </button>
            <button type="button" className="btn btn-primary" data-testid="bulk-start" disabled={!folder || !presets.length || !makeable || !pdfReady} onClick={() => void start()}>
              {t(pdf ? 'bulk.export.startPdf' : 'bulk.export.start', { n: makeable * perRow })}
            </button>
          </>
        )}
        {(phase === 'running' || phase === 'done') && <RunFooter phase={phase} prefix="bulk" backLabel={t('bulk.back')} cancel={() => abort.current?.abort()} back={() => setPhase('data')} close={close} />}
      </footer>
    </div>
  );
}
