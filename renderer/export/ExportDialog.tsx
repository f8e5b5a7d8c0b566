// The export dialog: choose sizes, format, languages, file names and a folder, check alt text and
// warnings, then export everything through the one export job (run-export.ts) with progress,
// Cancel and a summary. Each section is its own component under dialog/; the rules that are not
// UI (the strictest alt-text limit, when to remind about faces) live in core/export.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_NAME_PATTERN, fileNameFor, strictestAltRule } from '../../core/export';
import type { Preset } from '../../core/presets';
import { LANGUAGES, type Language } from '../../core/model';
import { runAction } from '../actions/registry';
import type { ExportFolder } from '../../core/api';
import { apiErrorInfo } from '../../core/api-errors';
import { getApi } from '../bridge';
import type { ModalProps } from '../dialogs/dialog-store';
import { useDesignStore } from '../state/design-store';
import { useEditorStore } from '../state/editor-store';
import { presetById, useSizeStore } from './size-store';
import { patternFor, runExport, type ExportProgress, type ExportSummary } from './run-export';
import { createAppEncoder, warmExportWorkers } from './app-encoder';
import { errorText } from './dialog/error-text';
import { SizePicker } from './dialog/SizePicker';
import { ExportOptions, type ExportChoices } from './dialog/ExportOptions';
import { AltTextSection, altChecksFor } from './dialog/AltTextSection';
import { ChecksSection, usePresetWarnings } from './dialog/ChecksSection';
import { ProgressView, type OverwriteAnswer } from './dialog/ProgressView';
import { SummaryView } from './dialog/SummaryView';
import { initialBoth, initialSizes, rememberExportChoices } from './dialog/initial-choices';
import { FillChecksSection } from './dialog/FillChecksSection';
import { ExportPreviews } from './dialog/ExportPreviews';
import { DEFAULT_PRINT_CHOICES, PrintOptions, type PrintChoices } from './dialog/PrintOptions';
import { appPdfDeps } from './print-pdf';
import { pdfNamePreset } from '../../core/print/export';
import { pickExportFolder, RunFooter, showWindowProgress } from './dialog/run-controls';
import { distinctProblems } from './fill-gate';
import { fillInProblems } from '../../core/templates';
import type { OutputFormat } from '../../core/export';
import { isMotionFormat, MotionOptions, takesMotion, useVideoFormats, type MotionChoices } from './dialog/MotionOptions';
import { useDesignMotion } from '../motion/use-moving';

/** Format, quality, scale, names and folder stay for the next export in this session; sizes and languages are remembered per design (dialog/initial-choices.ts). */
const remembered: Omit<ExportChoices, 'both'> & { folder: ExportFolder | null; print: PrintChoices } = {
  format: 'png',
  quality: 85,
  scale: 1,
  pattern: DEFAULT_NAME_PATTERN,
  folder: null,
  print: DEFAULT_PRINT_CHOICES,
};

type Phase = 'setup' | 'running' | 'done';
type OverwriteAsk = { names: string[]; resolve(answer: OverwriteAnswer): void };

export function ExportDialog({ close }: ModalProps) {
  const { t } = useTranslation();
  const design = useDesignStore((s) => s.design);
  const custom = useSizeStore((s) => s.customPresets);
  const activeId = useSizeStore((s) => s.activePresetId);

  const [selected, setSelected] = useState<string[]>(() => initialSizes(design, activeId, 'instagram-square').filter((id) => presetById(id, custom)));
  const [choices, setChoices] = useState<ExportChoices>(() => ({ format: remembered.format, quality: remembered.quality, scale: remembered.scale, pattern: remembered.pattern, both: initialBoth(design) }));
  const [folder, setFolder] = useState<ExportFolder | null>(remembered.folder);
  const [print, setPrint] = useState<PrintChoices>(remembered.print);
  const [phase, setPhase] = useState<Phase>('setup');
  const [progress, setProgress] = useState<ExportProgress>({ done: 0, total: 0, current: null });
  const [summary, setSummary] = useState<ExportSummary | null>(null);
  const [ask, setAsk] = useState<OverwriteAsk | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const designMotion = useDesignMotion();
  const videoFormats = useVideoFormats();
  const [motionChoices, setMotionChoices] = useState<MotionChoices>(() => ({ moment: null, fps: null }));

  // The export workers start (and load the faces) while sizes are being chosen, and stay until the dialog closes.
  useEffect(warmExportWorkers, []);

  useEffect(() => {
    Object.assign(remembered, { folder, format: choices.format, quality: choices.quality, scale: choices.scale, pattern: choices.pattern, print });
    rememberExportChoices(design.id, selected, choices.both);
  }, [selected, folder, choices, design.id, print]);

  const { quality, scale, pattern, both } = choices;
  // GIF and video are offered for a moving design; a still one falls back to PNG.
  const format = !designMotion.moving && isMotionFormat(choices.format) ? 'png' : choices.format;
  const formats: OutputFormat[] = designMotion.moving ? ['png', 'jpeg', 'webp', 'gif', ...videoFormats, 'pdf'] : ['png', 'jpeg', 'webp', 'pdf'];
  const presets = useMemo(() => selected.map((id) => presetById(id, custom)).filter((p): p is Preset => !!p), [selected, custom]);
  const languages: Language[] = both ? [...LANGUAGES] : [design.language];
  const pdf = format === 'pdf';
  // A PDF holds print sizes only; it is one file, whatever the number of sizes and languages.
  const printable = presets.filter((p) => p.print).length;
  // Sizes that take no moving image of the chosen kind are skipped (MotionOptions names them).
  const taking = isMotionFormat(format) ? presets.filter((p) => takesMotion(p, format)) : presets;
  const outputs = pdf ? Math.min(1, printable) : taking.length * languages.length;

  const altRule = useMemo(() => strictestAltRule(presets), [presets]);
  const altChecks = altChecksFor(design, languages, altRule);
  const altTooLong = format !== 'pdf' && altChecks.some((a) => a.check.status === 'too-long');
  const authorMode = useDesignStore((s) => s.authorMode);
  const fillProblems = useMemo(
    () => (authorMode ? [] : distinctProblems(fillInProblems(design, both ? LANGUAGES : [design.language]), design).filter((p) => format !== 'pdf' || p.code !== 'alt-sample')),
    [design, authorMode, both, format],
  );
  const fillBlocked = fillProblems.some((p) => p.blocking);
  const [askingFill, setAskingFill] = useState(false);
  const checks = usePresetWarnings(design, presets, phase === 'setup', print);

  const namedPreset = pdf ? pdfNamePreset(presets) : presets[0];
  const example = namedPreset
    ? fileNameFor(pdf ? pattern : patternFor(pattern, languages), { design, preset: namedPreset, lang: languages[0]!, index: 1, ext: format === 'jpeg' ? 'jpg' : format })
    : '';

  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? [...s.filter((x) => x !== id), id] : s.filter((x) => x !== id)));
  const showProblem = (e: unknown) => {
    const info = apiErrorInfo(e);
    setProblem(info ? errorText(t, info.code, info.params) : String(e));
  };

  const chooseFolder = async () => {
    setProblem(null);
    const chosen = await pickExportFolder(showProblem);
    if (chosen) setFolder(chosen);
  };

  const start = async (sampleAccepted = false) => {
    if (!folder || !outputs || altTooLong || fillBlocked) return;
    // Sample text still in a language being exported: ask first, in the dialog.
    if (fillProblems.length && !sampleAccepted) {
      setAskingFill(true);
      return;
    }
    setAskingFill(false);
    setProblem(null);
    setPhase('running');
    useEditorStore.getState().setBusy(true);
    const controller = new AbortController();
    abort.current = controller;
    try {
      const result = await runExport(
        {
          design,
          presets: pdf ? presets.filter((p) => p.print) : presets,
          languages,
          format,
          quality: quality / 100,
          scale,
          pattern,
          folderToken: folder.token,
          ...(isMotionFormat(format) && motionChoices.fps ? { fps: motionChoices.fps } : {}),
          ...(!isMotionFormat(format) && designMotion.moving && motionChoices.moment !== null ? { time: motionChoices.moment } : {}),
          print: { dpi: print.dpi, bleed: print.bleed && !print.tile, marks: print.marks && !print.tile, tile: print.tile },
        },
        {
          api: getApi(),
          ...(pdf ? { pdf: await appPdfDeps(print.dpi) } : {}),
          encoder: createAppEncoder(),
          // The muxer loads on the first video export, not with the app.
          ...(format === 'mp4' || format === 'webm' ? { video: (await import('./video-writer')).createVideoWriter() } : {}),
          signal: controller.signal,
          onProgress: (p) => {
            setProgress(p);
            showWindowProgress(p.total ? p.done / p.total : 0);
          },
          confirmOverwrite: (names) => new Promise((resolve) => setAsk({ names, resolve })),
        },
      );
      setSummary(result);
      setPhase('done');
      useEditorStore.getState().setStatus({
        key: result.cancelled ? 'export.status.cancelled' : 'export.status.done',
        params: { n: result.files.length, folder: folder.label },
        tone: result.failed.length ? 'error' : 'success',
      });
    } catch (e) {
      showProblem(e);
      setPhase('setup');
    } finally {
      abort.current = null;
      showWindowProgress(null);
      useEditorStore.getState().setBusy(false);
    }
  };

  const answer = (a: OverwriteAnswer) => {
    ask?.resolve(a);
    setAsk(null);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'Escape' && phase !== 'running') close();
  };

  return (
    <div className="export-dialog" data-testid="export-dialog" data-phase={phase} onKeyDown={onKeyDown}>
      <header className="export-head">
        <h2 className="modal-title">{t('export.dialog.title')}</h2>
        <p className="export-sub">{t('export.dialog.subtitle', { width: design.width, height: design.height })}</p>
      </header>

      {phase === 'setup' && (
        <div className="export-body">
          {/* The previews sit under the sizes they show, where the column has room to spare. */}
          <div className="export-left">
            <SizePicker custom={custom} selected={selected} count={presets.length} toggle={toggle} />
            <ExportPreviews design={design} presets={presets} />
          </div>
          <section className="export-options">
            <ExportOptions
              choices={choices}
              change={(patch) => setChoices((c) => ({ ...c, ...patch }))}
              language={design.language}
              example={example}
              folder={folder}
              chooseFolder={() => void chooseFolder()}
              formats={formats}
            />
            {designMotion.moving && (
              <MotionOptions
                format={format}
                presets={presets}
                choices={motionChoices}
                change={(patch) => setMotionChoices((c) => ({ ...c, ...patch }))}
                duration={designMotion.duration}
                videoAvailable={videoFormats.length > 0}
              />
            )}
            <PrintOptions design={design} presets={presets} pdf={pdf} choices={print} change={(patch) => setPrint((c) => ({ ...c, ...patch }))} />
            <FillChecksSection design={design} problems={fillProblems} asking={askingFill} answer={(go) => (go ? void start(true) : setAskingFill(false))} />
            {/* A PDF carries no alt text file: the section is for images. */}
            {!pdf && <AltTextSection design={design} checks={altChecks} strictest={altRule.strictest} />}
            <ChecksSection
              design={design}
              checks={checks}
              onBlurFace={() => {
                close();
                void runAction('insert.redact');
              }}
            />
          </section>
        </div>
      )}

      {phase === 'running' && <ProgressView progress={progress} existing={ask?.names ?? null} answer={answer} />}

      {phase === 'done' && summary && <SummaryView summary={summary} folder={folder} />}

      {problem && (
        <p className="export-problem" role="alert" data-testid="export-problem">
          {problem}
        </p>
      )}

      <footer className="modal-actions export-actions">
        {phase === 'setup' && (
          <>
            {!folder && presets.length > 0 && <span className="export-footer-hint">{t('export.dialog.needFolder')}</span>}
            {pdf && presets.length > 0 && !printable && (
              <span className="export-footer-hint" data-testid="export-pdf-hint">
                {t('export.print.pdfNeedsPrint')}
              </span>
            )}
            {fillBlocked && (
              <span className="export-footer-hint" data-testid="export-fill-hint">
                {t('fill.summary', { count: fillProblems.filter((p) => p.blocking).length })}
              </span>
            )}
            <button type="button" className="btn btn-outline" data-testid="export-close" onClick={close}>
              {t('export.dialog.cancel')}
            </button>
            <button type="button" className="btn btn-primary" data-testid="export-start" disabled={!folder || !outputs || altTooLong || fillBlocked} onClick={() => void start()}>
              {pdf ? t('export.print.exportPdf') : outputs > 1 ? t('export.dialog.exportMany', { n: outputs }) : t('export.dialog.exportOne')}
            </button>
          </>
        )}
        {phase !== 'setup' && <RunFooter phase={phase} prefix="export" backLabel={t('export.dialog.back')} cancel={() => abort.current?.abort()} back={() => setPhase('setup')} close={close} />}
      </footer>
    </div>
  );
}
