// "Before you export": what the volunteer has not finished in the languages being exported
// (core/templates/fill-check). Broken rules stop the export; sample text asks first, here.
import { useTranslation } from 'react-i18next';
import type { Design } from '../../../core/model';
import type { FillProblem } from '../../../core/templates';
import { problemText } from '../fill-gate';

export function FillChecksSection({ design, problems, asking, answer }: { design: Design; problems: readonly FillProblem[]; asking: boolean; answer(exportAnyway: boolean): void }) {
  const { t } = useTranslation();
  if (!problems.length) return null;
  const blocking = problems.filter((p) => p.blocking);
  return (
    <div className={`export-fill-checks${blocking.length ? ' blocking' : ''}`} data-testid="export-fill-checks" data-blocking={blocking.length} role={asking ? 'alertdialog' : undefined}>
      <h3 className="export-h">{t('fill.beforeExport')}</h3>
      <ul className="export-fill-list">
        {problems.map((p, i) => (
          <li key={`${p.code}:${p.elementId}:${p.language}:${i}`} className={p.blocking ? 'blocking' : 'ask'} data-code={p.code} data-language={p.language}>
            {problemText(p, design, t)}
          </li>
        ))}
      </ul>
      {asking && !blocking.length && (
        <div className="export-fill-ask" data-testid="export-fill-ask">
          <p>{t('fill.ask.title')}</p>
          <button type="button" className="btn btn-primary" data-autofocus data-testid="export-fill-back" onClick={() => answer(false)}>
            {t('fill.ask.cancel')}
          </button>
          <button type="button" className="btn btn-outline" data-testid="export-fill-anyway" onClick={() => answer(true)}>
            {t('fill.ask.confirm')}
          </button>
        </div>
      )}
    </div>
  );
}
