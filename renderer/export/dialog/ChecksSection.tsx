// The export checks: a reminder to blur faces in photos of the user's own, and each chosen size's
// safe-zone and contrast warnings. A check that cannot run says so; it never blocks exporting.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { needsPrivacyReminder } from '../../../core/export';
import type { Design } from '../../../core/model';
import type { Preset } from '../../../core/presets';
import { presetLabel } from '../preset-labels';
import { WarningList } from '../WarningList';
import { presetChecks, warningCount, type PresetChecks } from './preset-checks';
import { warningsForPreset } from '../preset-warnings';
import { distanceFor, type PrintChoices } from './PrintOptions';

/** Warnings for each chosen size, computed a moment after the choice settles. */
export function usePresetWarnings(design: Design, presets: readonly Preset[], active: boolean, print?: PrintChoices): PresetChecks[] {
  const [result, setResult] = useState<PresetChecks[]>([]);
  // Alt text edits change the design but not what the warnings look at.
  const { elements, width, height, background, layouts, language, assets } = design;
  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(() => setResult(presetChecks(design, presets, (d, p) => warningsForPreset(d, p, print ? { distanceFt: distanceFor(print, p) } : undefined))), 250);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- design is read through the fields listed
  }, [elements, width, height, background, layouts, language, assets, presets, active, print]);
  return result;
}


export function ChecksSection({ design, checks, onBlurFace }: { design: Design; checks: readonly PresetChecks[]; onBlurFace(): void }) {
  const { t } = useTranslation();
  const count = warningCount(checks);
  return (
    <>
      {needsPrivacyReminder(design) && (
        <div className="export-privacy" role="note" data-testid="privacy-reminder">
          <p>{t('export.dialog.privacy')}</p>
          <button type="button" className="btn btn-outline" data-testid="privacy-blur" onClick={onBlurFace}>
            {t('export.dialog.privacyBlur')}
          </button>
        </div>
      )}
      <div className="export-checks" data-testid="export-warnings" data-count={count}>
        <h3 className="export-h">{t('export.dialog.checks')}</h3>
        {count === 0 ? (
          <p className="export-ok">✓ {t('export.dialog.noWarnings')}</p>
        ) : (
          checks
            .filter((c) => warningCount([c]) > 0)
            .map((c) => (
              <div key={c.preset.id} className="export-check-group" data-preset={c.preset.id}>
                <div className="export-check-title">{presetLabel(t, c.preset)}</div>
                {c.warnings ? (
                  <WarningList design={design} warnings={c.warnings} />
                ) : (
                  <p className="export-check-error" role="alert" data-testid="export-check-error">
                    {t('export.dialog.checkFailed', { message: c.error })}
                  </p>
                )}
              </div>
            ))
        )}
      </div>
    </>
  );
}
