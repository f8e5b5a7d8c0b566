// How to export: format and quality, 1x or 2x, which languages, the file-name pattern (with an
// example name) and the folder.
import { useTranslation } from 'react-i18next';
import type { ExportFolder } from '../../../core/api';
import type { OutputFormat } from '../../../core/export';
import type { Language } from '../../../core/model';
import { shortPath } from './error-text';
import { FORMAT_NAME } from '../reduction-text';

export interface ExportChoices {
  format: OutputFormat;
  quality: number;
  scale: 1 | 2;
  both: boolean;
  pattern: string;
}

interface Props {
  choices: ExportChoices;
  change(patch: Partial<ExportChoices>): void;
  language: Language;
  example: string;
  folder: ExportFolder | null;
  chooseFolder(): void;
  /** The formats offered (bulk create makes images only); all by default. */
  formats?: readonly OutputFormat[];
  /** The first language choice's words, when it is not "the design's language" (bulk: each row's). */
  currentLabel?: string;
}

export function ExportOptions({ choices, change, language, example, folder, chooseFolder, formats = ['png', 'jpeg', 'webp', 'pdf'], currentLabel }: Props) {
  const { t } = useTranslation();
  const { format, quality, scale, both, pattern } = choices;
  return (
    <>
      <div className="export-row">
        <span className="export-label">{t('export.dialog.format')}</span>
        <div className="export-seg export-formats" role="radiogroup" aria-label={t('export.dialog.format')}>
          {formats.map((f) => (
            <button key={f} type="button" role="radio" aria-checked={format === f} data-testid={`format-${f}`} className={format === f ? 'on' : ''} onClick={() => change({ format: f })}>
              {FORMAT_NAME[f]}
            </button>
          ))}
        </div>
      </div>
      {(format === 'jpeg' || format === 'webp') && (
        <div className="export-row">
          <span className="export-label">{t('export.dialog.quality')}</span>
          <input type="range" min={40} max={100} step={1} value={quality} data-testid="export-quality" onChange={(e) => change({ quality: Number(e.target.value) })} />
          <span className="export-value">{quality}</span>
        </div>
      )}
      {format !== 'pdf' && (
      <div className="export-row">
        <span className="export-label">{t('export.dialog.scale')}</span>
        <div className="export-seg" role="radiogroup" aria-label={t('export.dialog.scale')}>
          {([1, 2] as const).map((s) => (
            <button key={s} type="button" role="radio" aria-checked={scale === s} data-testid={`scale-${s}`} className={scale === s ? 'on' : ''} onClick={() => change({ scale: s })}>
              {s}×
            </button>
          ))}
        </div>
      </div>
      )}
      <div className="export-row">
        <span className="export-label">{t('export.dialog.languages')}</span>
        <div className="export-seg" role="radiogroup" aria-label={t('export.dialog.languages')}>
          <button type="button" role="radio" aria-checked={!both} data-testid="langs-current" className={!both ? 'on' : ''} onClick={() => change({ both: false })}>
            {currentLabel ?? t('export.dialog.langCurrent', { lang: language.toUpperCase() })}
          </button>
          {/* A narrow dialog shows the short label; the name stays the whole words. */}
          <button type="button" role="radio" aria-checked={both} data-testid="langs-both" className={both ? 'on' : ''} aria-label={t('export.dialog.langBoth')} title={t('export.dialog.langBoth')} onClick={() => change({ both: true })}>
            <span className="seg-long">{t('export.dialog.langBoth')}</span>
            <span className="seg-short">{t('export.dialog.langBothShort')}</span>
          </button>
        </div>
      </div>
      <label className="export-row export-row-top">
        <span className="export-label">{t('export.dialog.fileName')}</span>
        <span className="export-stack">
          <input type="text" className="text-input" value={pattern} maxLength={200} data-testid="export-pattern" onChange={(e) => change({ pattern: e.target.value })} onKeyDown={(e) => e.stopPropagation()} />
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
        <button type="button" className="btn btn-outline" data-testid="export-choose-folder" onClick={chooseFolder}>
          {t('export.dialog.chooseFolder')}
        </button>
      </div>
    </>
  );
}
