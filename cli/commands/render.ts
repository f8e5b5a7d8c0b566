// `placard render` and `placard batch`: draw a design for presets in Node, write files atomically.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Design, Language } from '../../core/model';
import { designSizePreset, getPreset, PRESETS, type Preset } from '../../core/presets';
import { runJobItems, runPdfItems, type EncodeFormat, type ExportJobDeps, type ExportResult, type ExportSink, type JobItem } from '../../core/export';
import { DEFAULT_BRAND_KIT, kitResolvers, type BrandKit } from '../../core/brand';
import { readKit } from './pack';
import { removeTempsInFlight, writeFileAtomic } from '../../electron/services/atomic-write';
import { ImageDecodeError, createNodeEncoder, decodeAnimations, decodeImages } from '../export-node';
import { GifDecodeError } from '../../core/motion';
import { bundledFaceBytes, printLabelFont, registerBundledFonts, registerDocumentFonts } from '../fonts-node';
import { DEFAULT_PRINT_DPI, formatPaperSize, printText, unitForLocale, type PrintOptions } from '../../core/print';
import { choiceOption, numberOption, UsageError, type ParsedArgs, type OptionSpec } from '../args';
import { CliError, loadDesign, type LoadedDesign } from '../load';
import { CSV_LIMITS, parseCsv, rowRecord, tableFromSheetGrid } from '../../core/bulk';
import { mappingReport, readRowPhotos, rowProblemText } from '../batch-rows';
import { altTextProblems, columnKey, decodeSpreadsheetText, fillRow, mapColumns, readWorkbook, SpreadsheetEncodingError, WorkbookError, type ColumnMapping } from '../../core/bulk';
import type { Translate } from '../i18n';
import { makeFolders } from '../folders';

export const RENDER_OPTIONS: Record<string, OptionSpec> = {
  preset: { kind: 'list' },
  'all-presets': { kind: 'flag' },
  format: { kind: 'value' },
  quality: { kind: 'value' },
  scale: { kind: 'value' },
  lang: { kind: 'value' },
  out: { kind: 'value' },
  name: { kind: 'value' },
  csv: { kind: 'value' },
  'alt-text': { kind: 'flag' },
  dpi: { kind: 'value' },
  tile: { kind: 'value' },
  'no-bleed': { kind: 'flag' },
  'no-marks': { kind: 'flag' },
  sheet: { kind: 'value' },
  kit: { kind: 'list' },
  fps: { kind: 'value' },
  time: { kind: 'value' },
};

interface RenderPlan {
  presets: Preset[];
  languages: Language[];
  format: EncodeFormat | 'pdf' | 'gif';
  fps: number | undefined;
  time: number | undefined;
  print: PrintOptions;
  quality: number;
  scale: number;
  outDir: string;
  pattern: string;
  altText: boolean;
}

function plan(args: ParsedArgs, design: Design, templatePreset: string | undefined, batch: boolean): RenderPlan {
  const ids = args.lists.get('preset') ?? [];
  let presets: Preset[];
  if (args.flags.has('all-presets')) presets = [...PRESETS];
  else if (ids.length) {
    presets = ids.map((id) => {
      const preset = getPreset(id);
      if (!preset) throw new UsageError('cli.errors.unknownPreset', { preset: id });
      return preset;
    });
  } else if (templatePreset && getPreset(templatePreset)) presets = [getPreset(templatePreset)!];
  else presets = [designSizePreset(design)];
  const lang = choiceOption(args, 'lang', ['en', 'es', 'both'] as const) ?? design.language;
  const multi = presets.length > 1 || lang === 'both' || batch;
  return {
    presets,
    languages: lang === 'both' ? ['en', 'es'] : [lang],
    format: formatOption(args),
    fps: numberOption(args, 'fps', 1, 50),
    time: numberOption(args, 'time', 0, 15),
    print: {
      dpi: numberOption(args, 'dpi', 72, 600) ?? DEFAULT_PRINT_DPI,
      bleed: !args.flags.has('no-bleed'),
      marks: !args.flags.has('no-marks'),
      tile: choiceOption(args, 'tile', ['letter', 'a4'] as const) ?? null,
    },
    quality: (numberOption(args, 'quality', 1, 100) ?? 92) / 100,
    scale: numberOption(args, 'scale', 0.25, 4) ?? 1,
    outDir: resolve(args.values.get('out') ?? '.'),
    pattern: args.values.get('name') ?? (batch ? '{name}-{n}-{preset}-{lang}' : multi ? '{name}-{preset}-{lang}' : '{name}-{preset}'),
    altText: args.flags.has('alt-text'),
  };
}

/** Video needs an encoder Node does not have (WebCodecs is the app's): say so and name GIF. */
function formatOption(args: ParsedArgs): EncodeFormat | 'pdf' | 'gif' {
  const asked = args.values.get('format');
  if (asked === 'mp4' || asked === 'webm') throw new UsageError('cli.errors.videoUnsupported', { format: asked.toUpperCase() });
  return choiceOption(args, 'format', ['png', 'jpeg', 'webp', 'pdf', 'gif'] as const) ?? 'png';
}

function describeSteps(result: ExportResult, t: Translate): string {
  const motion = result.motion ? ` ${t('cli.render.motion', { frames: result.motion.frames, fps: result.motion.fps, colors: result.motion.colors ?? 256 })}` : '';
  if (!result.reduced) return motion;
  const parts: string[] = [];
  if (result.format !== result.steps[0]!.format) parts.push(t('cli.render.switchedFormat', { format: result.format.toUpperCase() }));
  if (result.quality !== null && result.quality < 0.92) parts.push(t('cli.render.quality', { quality: Math.round(result.quality * 100) }));
  if (result.scale < 1) parts.push(t('cli.render.scaled', { percent: Math.round(result.scale * 100) }));
  const first = result.steps[0]!;
  if (result.motion && first.fps && result.motion.fps < first.fps) parts.push(t('cli.render.fewerFrames', { fps: result.motion.fps }));
  if (result.motion?.colors && first.colors && result.motion.colors < first.colors) parts.push(t('cli.render.fewerColors', { colors: result.motion.colors }));
  return motion + (parts.length ? ` (${t('cli.render.reduced', { what: parts.join(', ') })})` : '');
}

function decodeText(bytes: Uint8Array, path: string): string {
  try {
    return decodeSpreadsheetText(bytes).text;
  } catch (e) {
    if (e instanceof SpreadsheetEncodingError) throw new CliError('cli.batch.badEncoding', { path });
    throw e;
  }
}

/** A workbook's sheet as header and rows. */
function workbookRows(bytes: Uint8Array, path: string, sheet: string | undefined): { header: string[]; rows: Record<string, string>[] } {
  let grid: string[][];
  try {
    grid = readWorkbook(bytes, sheet).grid;
  } catch (e) {
    if (e instanceof WorkbookError) throw new CliError(`cli.batch.workbook.${e.code === 'bulk.workbook-formula' ? 'formula' : e.code === 'bulk.workbook-no-sheet' ? 'noSheet' : e.code === 'bulk.workbook-too-large' ? 'tooLarge' : 'unreadable'}`, { path, detail: e.message, ...e.params });
    throw e;
  }
  const table = tableFromSheetGrid(grid);
  return { header: table.header, rows: table.rows.map((r) => rowRecord(table.header, r)) };
}

/** Every frame of the animated GIFs and WebPs among the assets; one over the limits, or damaged, is named in the user's language. */
async function decodeMoving(loaded: LoadedDesign, path: string, t: Translate): ReturnType<typeof decodeAnimations> {
  try {
    return await decodeAnimations(loaded.assets);
  } catch (err) {
    if (!(err instanceof GifDecodeError)) throw err;
    const asset = String(err.params.asset ?? '');
    throw new CliError('cli.errors.animationRefused', { path, details: t(`errors.${err.code}`, { ...err.params, name: loaded.design.assets[asset]?.name ?? asset }) });
  }
}

/** `batch`: one image per sheet row; `language`: the interface's, which names a template's design as the app does. */
export async function runRender(args: ParsedArgs, t: Translate, log: (line: string) => void, { batch = false, language }: { batch?: boolean; language?: Language } = {}): Promise<number> {
  const input = args.positionals[0];
  if (!input) throw new UsageError(batch ? 'cli.errors.batchNeedsInput' : 'cli.errors.renderNeedsInput');
  // A PDF may hold several designs, each a page (or a guide and its sheets) after the other.
  const pdfMany = !batch && args.values.get('format') === 'pdf';
  if (args.positionals.length > 1 && !pdfMany) throw new UsageError('cli.errors.extraArguments', { args: args.positionals.slice(1).join(' ') });
  const loaded = loadDesign(input, language);
  const p = plan(args, loaded.design, loaded.presetId, batch);
  const more = pdfMany ? args.positionals.slice(1).map((file) => ({ file, loaded: loadDesign(file, language) })) : [];
  if (p.format !== 'gif' && args.values.has('fps')) throw new UsageError('cli.errors.gifOnlyOption', { option: '--fps' });
  if ((p.format === 'gif' || p.format === 'pdf') && args.values.has('time')) throw new UsageError('cli.errors.stillOnlyOption', { option: '--time' });
  if (p.format !== 'pdf') {
    for (const option of ['dpi', 'tile'] as const) if (args.values.has(option)) throw new UsageError('cli.errors.printOnlyOption', { option: `--${option}` });
    for (const option of ['no-bleed', 'no-marks'] as const) if (args.flags.has(option)) throw new UsageError('cli.errors.printOnlyOption', { option: `--${option}` });
  }

  let rows: Record<string, string>[] = [{}];
  let mapping: ColumnMapping | null = null;
  const csvPath = args.values.get('csv');
  if (batch) {
    if (!csvPath) throw new UsageError('cli.errors.batchNeedsCsv');
    if (!existsSync(resolve(csvPath))) throw new CliError('cli.errors.noSuchFile', { path: csvPath });
    const stat = statSync(resolve(csvPath));
    if (!stat.isFile()) throw new CliError('cli.errors.notAFile', { path: csvPath });
    // Checked before reading: a huge file never reaches memory (UTF-16 takes two bytes a character).
    if (stat.size > CSV_LIMITS.maxBytes * 2) throw new CliError('cli.errors.csvTooLarge', { max: CSV_LIMITS.maxBytes });
    const bytes = new Uint8Array(readFileSync(resolve(csvPath)));
    const sheet = /\.(xlsx|ods)$/i.test(csvPath) ? workbookRows(bytes, csvPath, args.values.get('sheet')) : parseCsv(decodeText(bytes, csvPath));
    rows = sheet.rows;
    if (rows.length === 0) throw new CliError('cli.errors.csvEmpty');
    // Which column fills which slot, and what matches nothing, is said before anything is drawn.
    mapping = mapColumns(loaded.design, sheet.header);
    for (const line of mappingReport(loaded.design, mapping, t)) log(line);
    if (mapping.columns.every((c) => c.target === null)) throw new CliError('cli.batch.noColumnMatches', { columns: sheet.header.join(', ') });
  }

  registerBundledFonts();
  // The fonts a .placard carries draw its text, as in the app (not the default sans).
  for (const source of [loaded, ...more.map((m) => m.loaded)]) {
    const fonts = registerDocumentFonts(source.fonts ?? new Map());
    for (const r of fonts.refused) log(t('cli.render.fontRefused', { font: r.name, details: r.detail }));
  }
  // An image that cannot be decoded is named as the design names it (its file name), not by its hash.
  const decode = ({ assets, design }: LoadedDesign, path: string) =>
    decodeImages(assets).catch((err: unknown) => {
      if (err instanceof ImageDecodeError) throw new CliError('cli.errors.imageUndecodable', { path, image: design.assets[err.assetId]?.name ?? err.assetId, details: err.detail });
      throw err;
    });
  const images = await decode(loaded, input);
  const animations = await decodeMoving(loaded, input, t);
  // Asset ids are content hashes: the designs' images share one map without clashing.
  for (const { file, loaded: other } of more) for (const [id, image] of await decode(other, file)) images.set(id, image);
  // The built-in kit and the kits given with --kit; a design naming another kit draws with its fallbacks.
  const kits: BrandKit[] = [DEFAULT_BRAND_KIT, ...(args.lists.get('kit') ?? []).map(readKit)];
  const encoder = createNodeEncoder({ images, animations, resolvers: (design) => kitResolvers(kits.find((k) => k.id === design.brandKitId) ?? DEFAULT_BRAND_KIT) });
  const kitNamed = (value: string) => kits.find((k) => k.id === value || columnKey(k.name) === columnKey(value)) ?? null;
  try {
    makeFolders(p.outDir);
  } catch (e) {
    // A file in the way (ENOTDIR, EEXIST), no permission, a read-only disk: named, before anything is drawn.
    throw new CliError('cli.errors.outDir', { path: p.outDir, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  const rowPhotos = mapping && csvPath ? await readRowPhotos(mapping, rows, csvPath, images, t) : { photos: new Map(), photoProblems: new Map<string, string>() };
  // Every image goes through the one export job (core/export/job.ts), into the output folder.
  const signal = { aborted: false };
  const deps: ExportJobDeps = { encoder, sink: folderSink(p.outDir, p.altText), signal, errorInfo };
  // Ctrl-C stops once the image at hand is written, so every file in the folder is whole; a
  // second Ctrl-C quits at once. One key press can arrive twice (npx and tsx pass it on to the
  // process that already had it), so a second within a second is the same press.
  let stoppedAt = 0;
  const stop = () => {
    if (signal.aborted) {
      if (Date.now() - stoppedAt <= 1000) return;
      // Quitting midway through a write: its hidden temp file goes too.
      removeTempsInFlight();
      process.exit(130);
    }
    signal.aborted = true;
    stoppedAt = Date.now();
    log(t('cli.render.stopping'));
  };
  process.on('SIGINT', stop);
  try {
    return await renderAll();
  } finally {
    process.off('SIGINT', stop);
  }

  async function renderAll(): Promise<number> {
    let failures = 0;
    let written = 0;
    let n = 0;
    // Every image to make, in order; rows with a problem are named and skipped before any is drawn.
    const items: JobItem[] = [];
    for (const row of rows) {
      if (signal.aborted) break;
      n++;
      let base = loaded.design;
      let languages = p.languages;
      if (mapping) {
        const filled = fillRow(loaded.design, mapping, row, n, rowPhotos.photos, { kit: kitNamed });
        // A language column decides each row's language, unless --lang says otherwise.
        if (mapping.columns.some((c) => c.target?.kind === 'language') && !args.values.has('lang')) languages = [filled.language];
        // Alt text written beside the images must fit the strictest of the sizes, as in the app's Bulk create.
        const problems = [...filled.problems, ...(p.altText ? altTextProblems(filled.design, languages, p.presets, n) : [])];
        if (problems.length) {
          // A row that cannot be made as asked is skipped, named; the other rows go on.
          failures++;
          for (const problem of problems) log(rowProblemText(problem, loaded.design, rowPhotos, t, kits));
          continue;
        }
        base = filled.design;
      }
      if (p.format === 'pdf') {
        // Without --preset each design prints at its own template's size.
        const ownPresets = (presetId: string | undefined, d: Design) => (args.lists.has('preset') || args.flags.has('all-presets') ? p.presets : plan(args, d, presetId, false).presets);
        const entries = [{ design: base, presets: p.presets }, ...more.map((m) => ({ design: m.loaded.design, presets: ownPresets(m.loaded.presetId, m.loaded.design) }))];
        const made = await renderPdf(entries, p, n, deps, t, log);
        if (made) written++;
        else if (!signal.aborted) failures++;
        continue;
      }
      for (const language of languages) for (const preset of p.presets) items.push({ design: { ...base, language }, preset, lang: language, index: n, ...(mapping ? { row: { number: n, cells: row } } : {}) });
    }
    // The images are drawn a few at a time (compressing off this thread); files are still written,
    // and named in the log, in order.
    const options = { format: p.format as EncodeFormat | 'gif', quality: p.quality, scale: p.scale, pattern: p.pattern, ...(p.time !== undefined ? { time: p.time } : {}), ...(p.fps ? { fps: p.fps } : {}) };
    await runJobItems(items, options, deps, (item, outcome) => {
      if (outcome.kind === 'file') {
        written++;
        const { result, path } = outcome.file;
        log(t('cli.render.wrote', { file: path ?? outcome.file.fileName, width: result.width, height: result.height, kb: Math.round(result.bytes.length / 1024) }) + describeSteps(result, t));
      } else if (outcome.kind === 'failed') {
        failures++;
        log(t('cli.render.failed', { preset: item.preset.id, lang: item.lang, reason: t(`errors.${outcome.failed.code}`, outcome.failed.params) }));
      }
    });
    if (signal.aborted) {
      log(t('cli.render.stopped', { count: written }));
      return 130;
    }
    return failures ? 1 : 0;
  }
}

/** A thrown error's code and params as the CLI names it ('internal' when it has no code). */
function errorInfo(e: unknown): { code: string; params: Record<string, string | number> } {
  return { code: (e as { code?: string }).code ?? 'internal', params: (e as { params?: Record<string, string | number> }).params ?? {} };
}

/** Files written atomically into `outDir`, each with its alt text beside it when asked. */
function folderSink(outDir: string, withAltText: boolean): ExportSink {
  return {
    async write({ fileName, result, altText }) {
      const path = join(outDir, fileName);
      await writeFileAtomic(path, result.bytes);
      if (withAltText && altText) await writeFileAtomic(join(outDir, altText.fileName), altText.text);
      return { status: 'written', path };
    },
  };
}

/** One PDF for the designs: every chosen print size and language of each as pages (or tiled sheets). */
async function renderPdf(entries: { design: Design; presets: Preset[] }[], p: RenderPlan, n: number, deps: ExportJobDeps, t: Translate, log: (line: string) => void): Promise<boolean> {
  const locale = t('cli.locale');
  const text = printText(t, { dpi: p.print.dpi, unit: unitForLocale(locale), locale, presetLabel: (item) => t(item.preset.labelKey, { size: formatPaperSize(item.preset.print!.widthIn, item.preset.print!.heightIn, unitForLocale(locale), locale) }) });
  const design = entries[0]!.design;
  const social = entries.flatMap((e) => e.presets).find((preset) => !preset.print);
  if (social) throw new UsageError('cli.errors.pdfNeedsPrintSize', { preset: social.id });
  const items = entries.flatMap((e) => p.languages.flatMap((lang) => e.presets.map((preset) => ({ design: { ...e.design, language: lang }, preset, lang }))));
  const name = { design, lang: p.languages.length > 1 ? ('both' as Language) : p.languages[0]!, index: n, presets: p.presets };
  const summary = await runPdfItems(items, { print: p.print, pattern: p.pattern, name }, { ...deps, pdf: { font: printLabelFont(), text, locale, fonts: bundledFaceBytes } });
  const made = summary.files[0];
  if (made) {
    log(t('cli.render.wrotePdf', { file: made.path ?? made.fileName, count: made.result.pages ?? items.length, kb: Math.round(made.result.bytes.length / 1024) }));
    return true;
  }
  const failed = summary.failed[0];
  if (failed) log(t('cli.render.failed', { preset: p.presets.map((x) => x.id).join(', '), lang: p.languages.join(', '), reason: t(`errors.${failed.code}`, failed.params) }));
  return false;
}
