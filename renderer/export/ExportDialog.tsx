// The export dialog: choose several sizes at once (grouped by platform, plus the user's custom
// sizes), the format, scale, file names, folder, languages and alt text; see what would go
// wrong (safe zones, contrast) before exporting; follow progress with Cancel; and read a
// summary of every file written, its size against the platform's limit and what was reduced.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { checkAltText, DEFAULT_NAME_PATTERN, fileNameFor, type EncodeFormat } from '../../core/export';
import { CUSTOM_PRESET_LIMITS, MB, validateCustomPreset, type CustomPreset, type Preset } from '../../core/presets';
import { LANGUAGES, slugify, walkElements, type Design, type Language } from '../../core/model';
import { isSamplePhoto } from '../../core/templates/samples';
import { runAction } from '../actions/registry';
import { apiErrorInfo, type ExportFolder } from '../../core/api';
import { getApi } from '../bridge';
import type { ModalProps } from '../dialogs/dialog-store';
import { useDesignStore } from '../state/design-store';
import { useEditorStore } from '../state/editor-store';
import { presetById, useSizeStore } from './size-store';
import { formatBytes, platformLabel, presetGroups, presetLabel } from './preset-labels';
import { patternFor, runExport, type ExportProgress, type ExportSummary } from './run-export';
import { createAppEncoder } from './app-encoder';
import { warningsForPreset, type SizeWarnings } from './warnings';
import { WarningList } from './WarningList';
import { reductionText } from './reduction-text';

/** Choices the user made stay for the next export in this session. */
const remembered: {
  selected: string[];
  format: EncodeFormat;
  quality: number;
  scale: 1 | 2;
  pattern: string;
  folder: ExportFolder | null;
  both: boolean;
} = { selected: [], format: 'png', quality: 85, scale: 1, pattern: DEFAULT_NAME_PATTERN, folder: null, both: false };

type Phase = 'setup' | 'running' | 'done';
type OverwriteAsk = { names: string[]; resolve(answer: 'replace' | 'skip' | 'cancel'): void };

/** The end of a long folder path, which is the part that tells folders apart. */
function shortPath(label: string, max = 46): string {
  return label.length <= max ? label : `…${label.slice(label.length - max + 1)}`;
}

function errorText(t: TFunction, code: string, params: Record<string, string | number>): string {
  const key = `errors.${code}`;
  return t(key, { ...params, defaultValue: t('errors.unknown', { message: code }) });
}

export function ExportDialog({ close }: ModalProps) {
  const { t, i18n } = useTranslation();
  const design = useDesignStore((s) => s.design);
  const custom = useSizeStore((s) => s.customPresets);
  const activeId = useSizeStore((s) => s.activePresetId);

  const [selected, setSelected] = useState<string[]>(() => {
    const start = remembered.selected.length ? remembered.selected : activeId ? [activeId] : ['instagram-square'];
    return start.filter((id) => presetById(id));
  });
  const [format, setFormat] = useState<EncodeFormat>(remembered.format);
  const [quality, setQuality] = useState(remembered.quality);
  const [scale, setScale] = useState<1 | 2>(remembered.scale);
  const [pattern, setPattern] = useState(remembered.pattern);
  const [folder, setFolder] = useState<ExportFolder | null>(remembered.folder);
  const [both, setBoth] = useState(remembered.both);
  const [phase, setPhase] = useState<Phase>('setup');
  const [progress, setProgress] = useState<ExportProgress>({ done: 0, total: 0, current: null });
  const [summary, setSummary] = useState<ExportSummary | null>(null);
  const [ask, setAsk] = useState<OverwriteAsk | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  /** The custom size whose row is open for editing. */
  const [editingId, setEditingId] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    Object.assign(remembered, { selected, format, quality, scale, pattern, folder, both });
  }, [selected, format, quality, scale, pattern, folder, both]);

  const presets = useMemo(() => selected.map((id) => presetById(id, custom)).filter((p): p is Preset => !!p), [selected, custom]);
  const languages: Language[] = both ? [...LANGUAGES] : [design.language];

  // Alt text is counted against the strictest platform chosen.
  const altRule = useMemo(() => {
    const maxes = presets.map((p) => p.altText.max).filter((n): n is number => n !== null);
    const warns = presets.map((p) => p.altText.warnAbove).filter((n): n is number => n !== null);
    const max = maxes.length ? Math.min(...maxes) : null;
    const strictest = max === null ? null : presets.find((p) => p.altText.max === max);
    return { altText: { max, warnAbove: warns.length ? Math.min(...warns) : null }, strictest };
  }, [presets]);
  const altChecks = languages.map((lang) => ({ lang, check: checkAltText(design.altText[lang] ?? '', altRule) }));
  const altTooLong = altChecks.some((a) => a.check.status === 'too-long');

  const warnings = usePresetWarnings(design, presets, phase === 'setup');
  const warningCount = warnings.reduce((n, w) => n + w.warnings.safeZones.length + w.warnings.contrast.length, 0);

  const example = presets[0]
    ? fileNameFor(patternFor(pattern, languages), { design, preset: presets[0], lang: languages[0]!, index: 1, ext: format === 'jpeg' ? 'jpg' : format })
    : '';

  const toggle = (id: string, on: boolean) => setSelected((s) => (on ? [...s.filter((x) => x !== id), id] : s.filter((x) => x !== id)));

  const chooseFolder = async () => {
    setProblem(null);
    try {
      const chosen = await getApi().chooseExportFolder();
      if (chosen) setFolder(chosen);
    } catch (e) {
      const info = apiErrorInfo(e);
      setProblem(info ? errorText(t, info.code, info.params) : String(e));
    }
  };

  const setAlt = (lang: Language, text: string) =>
    useDesignStore.getState().commit('history.altText', (d) => ({ ...d, altText: { ...d.altText, [lang]: text } }), { mergeKey: `alt-text-${lang}` });

  const start = async () => {
    if (!folder || !presets.length || altTooLong) return;
    setProblem(null);
    setPhase('running');
    useEditorStore.getState().setBusy(true);
    const controller = new AbortController();
    abort.current = controller;
    try {
      const result = await runExport(
        { design, presets, languages, format, quality: quality / 100, scale, pattern, folderToken: folder.token },
        {
          api: getApi(),
          encoder: createAppEncoder(),
          signal: controller.signal,
          onProgress: setProgress,
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
      const info = apiErrorInfo(e);
      setProblem(info ? errorText(t, info.code, info.params) : String(e));
      setPhase('setup');
    } finally {
      abort.current = null;
      useEditorStore.getState().setBusy(false);
    }
  };

  const answer = (a: 'replace' | 'skip' | 'cancel') => {
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
          <section className="export-presets" aria-label={t('export.dialog.sizes')}>
            <h3 className="export-h">
              {t('export.dialog.sizes')} <span className="export-count">{t('export.dialog.selectedCount', { n: presets.length })}</span>
            </h3>
            <div className="export-preset-scroll">
              {presetGroups(custom).map((g) => (
                <fieldset key={g.platform} className="export-group">
                  <legend>{platformLabel(t, g.platform)}</legend>
                  {g.presets.map((p) => {
                    const editable = p.platform === 'custom' ? custom.find((c) => c.id === p.id) : undefined;
                    if (editable && editingId === p.id) {
                      return <CustomSizeEditor key={p.id} initial={editable} onSaved={() => setEditingId(null)} onCancel={() => setEditingId(null)} />;
                    }
                    return (
                      <div key={p.id} className="export-preset-row">
                        <label className="export-preset">
                          <input type="checkbox" data-testid={`preset-${p.id}`} checked={selected.includes(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} />
                          <span className="export-preset-name">{presetLabel(t, p)}</span>
                          <span className="export-preset-limit">{formatBytes(p.byteLimit, i18n.language)}</span>
                        </label>
                        {editable && <EditCustom onEdit={() => setEditingId(p.id)} />}
                        {editable && <RemoveCustom id={p.id} onRemoved={() => toggle(p.id, false)} />}
                      </div>
                    );
                  })}
                </fieldset>
              ))}
              <CustomSizeForm onAdded={(id) => toggle(id, true)} />
            </div>
          </section>

          <section className="export-options">
            <div className="export-row">
              <span className="export-label">{t('export.dialog.format')}</span>
              <div className="export-seg" role="radiogroup" aria-label={t('export.dialog.format')}>
                {(['png', 'jpeg', 'webp'] as const).map((f) => (
                  <button key={f} type="button" role="radio" aria-checked={format === f} data-testid={`format-${f}`} className={format === f ? 'on' : ''} onClick={() => setFormat(f)}>
                    {f === 'png' ? 'PNG' : f === 'jpeg' ? 'JPEG' : 'WebP'}
                  </button>
                ))}
              </div>
            </div>
            {format !== 'png' && (
              <div className="export-row">
                <span className="export-label">{t('export.dialog.quality')}</span>
                <input type="range" min={40} max={100} step={1} value={quality} data-testid="export-quality" onChange={(e) => setQuality(Number(e.target.value))} />
                <span className="export-value">{quality}</span>
              </div>
            )}
            <div className="export-row">
              <span className="export-label">{t('export.dialog.scale')}</span>
              <div className="export-seg" role="radiogroup" aria-label={t('export.dialog.scale')}>
                {([1, 2] as const).map((s) => (
                  <button key={s} type="button" role="radio" aria-checked={scale === s} data-testid={`scale-${s}`} className={scale === s ? 'on' : ''} onClick={() => setScale(s)}>
                    {s}×
                  </button>
                ))}
              </div>
            </div>
            <div className="export-row">
              <span className="export-label">{t('export.dialog.languages')}</span>
              <div className="export-seg" role="radiogroup" aria-label={t('export.dialog.languages')}>
                <button type="button" role="radio" aria-checked={!both} data-testid="langs-current" className={!both ? 'on' : ''} onClick={() => setBoth(false)}>
                  {t('export.dialog.langCurrent', { lang: design.language.toUpperCase() })}
                </button>
                <button type="button" role="radio" aria-checked={both} data-testid="langs-both" className={both ? 'on' : ''} onClick={() => setBoth(true)}>
                  {t('export.dialog.langBoth')}
                </button>
              </div>
            </div>
            <label className="export-row export-row-top">
              <span className="export-label">{t('export.dialog.fileName')}</span>
              <span className="export-stack">
                <input type="text" className="text-input" value={pattern} maxLength={200} data-testid="export-pattern" onChange={(e) => setPattern(e.target.value)} onKeyDown={(e) => e.stopPropagation()} />
                <span className="export-hint">{t('export.dialog.tokens')}</span>
                {example && (
                  <span className="export-example" data-testid="export-example">
                    {t('export.dialog.example')} <code>{example}</code>
                  </span>
                )}
              </span>
            </label>
            <div className="export-row">
              <span className="export-label">{t('export.dialog.folder')}</span>
              <span className="export-folder" data-testid="export-folder" title={folder?.label ?? ''}>
                {folder ? shortPath(folder.label) : <em>{t('export.dialog.noFolder')}</em>}
              </span>
              <button type="button" className="btn btn-outline" data-testid="export-choose-folder" onClick={() => void chooseFolder()}>
                {t('export.dialog.chooseFolder')}
              </button>
            </div>

            <div className="export-alt">
              <h3 className="export-h">{t('export.dialog.altText')}</h3>
              {altChecks.map(({ lang, check }) => (
                <label key={lang} className="export-alt-field">
                  <span className="export-alt-head">
                    <span>{t('export.dialog.altTextFor', { lang: lang.toUpperCase() })}</span>
                    <span className={`alt-counter alt-${check.status}`} data-testid={`alt-counter-${lang}`} data-status={check.status}>
                      {check.max !== null ? `${check.length} / ${check.max}` : `${check.length}`}
                    </span>
                  </span>
                  <textarea
                    rows={2}
                    className="text-input"
                    data-testid={`alt-text-${lang}`}
                    value={design.altText[lang] ?? ''}
                    placeholder={t('export.dialog.altTextPlaceholder')}
                    onChange={(e) => setAlt(lang, e.target.value)}
                    onKeyDown={(e) => e.stopPropagation()}
                  />
                  {check.status === 'warn' && <span className="alt-note alt-note-warn">{t('warnings.alt-text.long', { length: check.length, warnAbove: check.warnAbove })}</span>}
                  {check.status === 'too-long' && (
                    <span className="alt-note alt-note-error" data-testid={`alt-too-long-${lang}`}>
                      {t('export.dialog.altTooLong', { length: check.length, max: check.max, platform: altRule.strictest ? platformLabel(t, altRule.strictest.platform) : '' })}
                    </span>
                  )}
                </label>
              ))}
              <span className="export-hint">{t('export.dialog.altTextHint')}</span>
            </div>

            {needsPrivacyReminder(design) && (
              <div className="export-privacy" role="note" data-testid="privacy-reminder">
                <p>{t('export.dialog.privacy')}</p>
                <button
                  type="button"
                  className="btn btn-outline"
                  data-testid="privacy-blur"
                  onClick={() => {
                    close();
                    void runAction('insert.redact');
                  }}
                >
                  {t('export.dialog.privacyBlur')}
                </button>
              </div>
            )}

            <div className="export-checks" data-testid="export-warnings" data-count={warningCount}>
              <h3 className="export-h">{t('export.dialog.checks')}</h3>
              {warningCount === 0 ? (
                <p className="export-ok">✓ {t('export.dialog.noWarnings')}</p>
              ) : (
                warnings
                  .filter((w) => w.warnings.safeZones.length + w.warnings.contrast.length > 0)
                  .map((w) => (
                    <div key={w.preset.id} className="export-check-group" data-preset={w.preset.id}>
                      <div className="export-check-title">{presetLabel(t, w.preset)}</div>
                      <WarningList design={design} warnings={w.warnings} />
                    </div>
                  ))
              )}
            </div>
          </section>
        </div>
      )}

      {phase === 'running' && (
        <div className="export-running" data-testid="export-running">
          <p className="export-progress-label" data-testid="export-progress-label">
            {progress.current
              ? t('export.dialog.progress', { done: progress.done + 1, total: progress.total, preset: presetLabel(t, progress.current.preset) })
              : t('export.dialog.preparing')}
          </p>
          <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done} data-testid="export-progress">
            <div className="progress-fill" style={{ width: `${progress.total ? (progress.done / progress.total) * 100 : 0}%` }} />
          </div>
          {ask && (
            <div className="export-overwrite" data-testid="export-overwrite">
              <p>{t('export.dialog.exists', { names: ask.names.join(', ') })}</p>
              <div className="modal-actions">
                <button type="button" className="btn btn-outline" data-testid="overwrite-cancel" onClick={() => answer('cancel')}>
                  {t('export.dialog.stop')}
                </button>
                <button type="button" className="btn btn-outline" data-testid="overwrite-skip" onClick={() => answer('skip')}>
                  {t('export.dialog.skip')}
                </button>
                <button type="button" className="btn btn-danger" data-testid="overwrite-replace" onClick={() => answer('replace')}>
                  {t('export.dialog.replace')}
                </button>
              </div>
            </div>
          )}
        </div>
      )}

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
            <button type="button" className="btn btn-outline" data-testid="export-close" onClick={close}>
              {t('export.dialog.cancel')}
            </button>
            <button type="button" className="btn btn-primary" data-testid="export-start" disabled={!folder || !presets.length || altTooLong} onClick={() => void start()}>
              {presets.length * languages.length > 1 ? t('export.dialog.exportMany', { n: presets.length * languages.length }) : t('export.dialog.exportOne')}
            </button>
          </>
        )}
        {phase === 'running' && (
          <button type="button" className="btn btn-outline" data-testid="export-cancel" onClick={() => abort.current?.abort()}>
            {t('export.dialog.cancel')}
          </button>
        )}
        {phase === 'done' && (
          <>
            <button type="button" className="btn btn-outline" data-testid="export-again" onClick={() => setPhase('setup')}>
              {t('export.dialog.back')}
            </button>
            <button type="button" className="btn btn-primary" data-testid="export-done" data-autofocus onClick={close}>
              {t('export.dialog.done')}
            </button>
          </>
        )}
      </footer>
    </div>
  );
}

function SummaryView({ summary, folder }: { summary: ExportSummary; folder: ExportFolder | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <div className="export-summary" data-testid="export-summary">
      <p className={`export-summary-head ${summary.cancelled || summary.failed.length ? 'warn' : 'ok'}`}>
        {summary.cancelled
          ? t('export.summary.cancelled', { n: summary.files.length })
          : t('export.summary.written', { n: summary.files.length, folder: folder?.label ?? '' })}
      </p>
      <table className="export-table">
        <thead>
          <tr>
            <th>{t('export.summary.file')}</th>
            <th>{t('export.summary.pixels')}</th>
            <th>{t('export.summary.size')}</th>
            <th>{t('export.summary.notes')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.files.map((f) => (
            <tr key={f.fileName} data-testid="summary-row" data-preset={f.preset.id} data-reduced={f.result.reduced}>
              <td className="export-file">
                <div className="export-file-name">{f.fileName}</div>
                <div className="export-file-sub">
                  {presetLabel(t, f.preset)}
                  {f.altTextFileName && <> · {t('export.summary.withAlt')}</>}
                </div>
              </td>
              <td className="num">
                {f.result.width} × {f.result.height}
              </td>
              <td className="num">
                <SizeMeter bytes={f.result.bytes.length} limit={f.result.steps.at(-1)?.limit ?? f.preset.byteLimit} lang={lang} />
              </td>
              <td className="export-note" data-testid="summary-note">
                {f.result.reduced ? reductionText(t, f.preset, f.result, lang) : <span className="muted">{t('export.summary.asAsked')}</span>}
                {f.result.overSoftLimit && <div className="muted">{t('export.summary.overSoft', { limit: formatBytes(f.preset.softByteLimit ?? 0, lang) })}</div>}
              </td>
            </tr>
          ))}
          {summary.failed.map((f, i) => (
            <tr key={`failed-${i}`} className="export-failed" data-testid="summary-failed" data-preset={f.preset.id}>
              <td className="export-file">
                <div className="export-file-name">{presetLabel(t, f.preset)}</div>
              </td>
              <td colSpan={3}>{errorText(t, f.code, f.params)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.skipped.length > 0 && <p className="muted">{t('export.summary.skipped', { names: summary.skipped.join(', ') })}</p>}
    </div>
  );
}

function SizeMeter({ bytes, limit, lang }: { bytes: number; limit: number; lang: string }) {
  const { t } = useTranslation();
  const share = Math.min(1, bytes / limit);
  return (
    <span className="size-meter" title={`${bytes.toLocaleString(lang)} / ${limit.toLocaleString(lang)} bytes`}>
      <span className="size-meter-text">{t('export.summary.ofLimit', { size: formatBytes(bytes, lang), limit: formatBytes(limit, lang) })}</span>
      <span className="size-meter-bar">
        <span style={{ width: `${Math.max(2, share * 100)}%` }} className={share > 0.9 ? 'tight' : ''} />
      </span>
    </span>
  );
}

function RemoveCustom({ id, onRemoved }: { id: string; onRemoved(): void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="icon-btn export-remove"
      title={t('export.custom.remove')}
      aria-label={t('export.custom.remove')}
      onClick={() => {
        const list = useSizeStore.getState().customPresets.filter((p) => p.id !== id);
        void useSizeStore.getState().saveCustomPresets(list).then(onRemoved, () => undefined);
      }}
    >
      ×
    </button>
  );
}


/** A custom-size problem in the user's words, naming the field and what it accepts. */
function customSizeErrorText(t: TFunction, e: { code: string; path?: string; params: Record<string, string | number> }): string {
  if (e.code !== 'presets.custom-invalid') return errorText(t, e.code, e.params);
  const L = CUSTOM_PRESET_LIMITS;
  switch (e.path) {
    case 'name':
      return t('export.custom.errors.name', { max: L.maxNameLength });
    case 'width':
      return t('export.custom.errors.width', { min: L.minSide, max: L.maxSide });
    case 'height':
      return t('export.custom.errors.height', { min: L.minSide, max: L.maxSide });
    case 'byteLimit':
      return t('export.custom.errors.limit', { min: mbText(L.minByteLimit), max: mbText(L.maxByteLimit) });
    default:
      return errorText(t, e.code, e.params);
  }
}

/** Megabytes as the form shows them: decimal, like the platforms' own limits. */
function mbText(bytes: number): string {
  return String(Math.round((bytes / MB) * 100) / 100);
}

/**
 * Adds a custom size, or edits one (same id: what the dialog has chosen and any hand adjustment
 * saved in a design for that size stay attached to it).
 */
function CustomSizeEditor({ initial, onSaved, onCancel }: { initial?: CustomPreset; onSaved(id: string): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(initial?.name ?? '');
  const [width, setWidth] = useState(String(initial?.width ?? 1500));
  const [height, setHeight] = useState(String(initial?.height ?? 500));
  const [limit, setLimit] = useState(mbText(initial?.byteLimit ?? 8 * MB));
  const [errors, setErrors] = useState<string[]>([]);
  const prefix = initial ? `custom-edit-${initial.id}` : 'custom';
  const errorsRef = useRef<HTMLUListElement>(null);
  // The form sits at the end of a scrolling list: bring a refusal into view.
  useEffect(() => {
    if (errors.length) errorsRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [errors]);

  const save = async () => {
    const existing = useSizeStore.getState().customPresets;
    let id = initial?.id ?? `custom-${slugify(name, 'size', 40)}`;
    if (!initial) for (let n = 2; existing.some((p) => p.id === id); n++) id = `custom-${slugify(name, 'size', 40)}-${n}`;
    const mb = Number(limit);
    const result = validateCustomPreset({ ...initial, id, name, width: Number(width), height: Number(height), byteLimit: Number.isFinite(mb) ? Math.round(mb * MB) : NaN });
    if (!result.ok) {
      setErrors([...new Set(result.errors.map((e) => customSizeErrorText(t, e)))]);
      return;
    }
    const list = initial ? existing.map((p) => (p.id === id ? (result.custom as CustomPreset) : p)) : [...existing, result.custom as CustomPreset];
    try {
      await useSizeStore.getState().saveCustomPresets(list);
      setErrors([]);
      onSaved(id);
    } catch (e) {
      const info = apiErrorInfo(e);
      setErrors([info ? errorText(t, info.code, info.params) : String(e)]);
    }
  };

  return (
    <div
      className="export-custom-form"
      data-testid={`${prefix}-form`}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') onCancel();
        if (e.key === 'Enter') void save();
      }}
    >
      <input className="text-input" placeholder={t('export.custom.name')} aria-label={t('export.custom.name')} value={name} maxLength={CUSTOM_PRESET_LIMITS.maxNameLength} data-testid={`${prefix}-name`} onChange={(e) => setName(e.target.value)} />
      <input className="text-input num" type="number" aria-label={t('export.custom.width')} value={width} min={CUSTOM_PRESET_LIMITS.minSide} max={CUSTOM_PRESET_LIMITS.maxSide} data-testid={`${prefix}-width`} onChange={(e) => setWidth(e.target.value)} />
      <span aria-hidden="true">×</span>
      <input className="text-input num" type="number" aria-label={t('export.custom.height')} value={height} min={CUSTOM_PRESET_LIMITS.minSide} max={CUSTOM_PRESET_LIMITS.maxSide} data-testid={`${prefix}-height`} onChange={(e) => setHeight(e.target.value)} />
      <label className="export-custom-limit">
        <span>{t('export.custom.limit')}</span>
        <input className="text-input num" type="number" step="0.1" aria-label={t('export.custom.limit')} value={limit} data-testid={`${prefix}-limit`} onChange={(e) => setLimit(e.target.value)} />
        <span aria-hidden="true">MB</span>
      </label>
      <div className="export-custom-actions">
        <button type="button" className="btn btn-plain" data-testid={`${prefix}-cancel`} onClick={onCancel}>
          {t('export.custom.cancel')}
        </button>
        <button type="button" className="btn btn-primary" data-testid={`${prefix}-save`} onClick={() => void save()}>
          {t('export.custom.save')}
        </button>
      </div>
      {errors.length > 0 && (
        <ul className="export-custom-errors" role="alert" ref={errorsRef} data-testid={`${prefix}-errors`}>
          {errors.map((e, i) => (
            <li key={i}>{e}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function CustomSizeForm({ onAdded }: { onAdded(id: string): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <button type="button" className="btn btn-plain export-add-custom" data-testid="custom-add-open" onClick={() => setOpen(true)}>
        + {t('export.custom.add')}
      </button>
    );
  }
  return (
    <CustomSizeEditor
      onSaved={(id) => {
        setOpen(false);
        onAdded(id);
      }}
      onCancel={() => setOpen(false)}
    />
  );
}

function EditCustom({ onEdit }: { onEdit(): void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="icon-btn export-edit" title={t('export.custom.edit')} aria-label={t('export.custom.edit')} onClick={onEdit}>
      ✎
    </button>
  );
}

/** Warnings for each chosen size, computed a moment after the choice settles. */
function usePresetWarnings(design: Design, presets: readonly Preset[], active: boolean): { preset: Preset; warnings: SizeWarnings }[] {
  const [result, setResult] = useState<{ preset: Preset; warnings: SizeWarnings }[]>([]);
  // Alt text edits change the design but not what the warnings look at.
  const { elements, width, height, background, layouts, language, assets } = design;
  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(() => {
      const out: { preset: Preset; warnings: SizeWarnings }[] = [];
      for (const preset of presets) {
        try {
          out.push({ preset, warnings: warningsForPreset(design, preset) });
        } catch {
          // A check that cannot run must not block exporting.
        }
      }
      setResult(out);
    }, 250);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- design is read through the fields listed
  }, [elements, width, height, background, layouts, language, assets, presets, active]);
  return result;
}

/**
 * Photos of members and protesters can identify people (PRESETS.md, privacy): before exporting a
 * design with a photo of the user's own and no blur box, remind them to hide faces.
 */
export function needsPrivacyReminder(design: Design): boolean {
  let photo = false;
  for (const { element } of walkElements(design.elements)) {
    if (element.type === 'redact') return false;
    if (element.type === 'image' && !isSamplePhoto(element.assetId) && design.assets[element.assetId]?.mime !== 'image/svg+xml') photo = true;
  }
  return photo;
}
