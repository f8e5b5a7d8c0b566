// The Meme tab of the left panel: start a meme from a photo in one of the layouts, and the tools
// memes need (free label, blur box, font import), with a privacy reminder.
import { useTranslation } from 'react-i18next';
import { ActionButton } from '../panels/ActionButton';

const VARIANTS = [
  { actionId: 'meme.newClassic', preview: 'classic' },
  { actionId: 'meme.newBarTop', preview: 'bar-top' },
  { actionId: 'meme.newBars', preview: 'bars' },
  { actionId: 'meme.newLabels', preview: 'labels' },
] as const;

/** Tiny schematic of each layout so the choice is visual, not only words. */
function Preview({ kind }: { kind: (typeof VARIANTS)[number]['preview'] }) {
  const photo = <rect x="2" y={kind === 'classic' || kind === 'labels' ? 2 : 9} width="44" height={kind === 'bars' ? 18 : kind === 'bar-top' ? 25 : 32} rx="1" className="meme-preview-photo" />;
  return (
    <svg viewBox="0 0 48 36" width="48" height="36" aria-hidden="true" className="meme-preview">
      <rect x="0.5" y="0.5" width="47" height="35" rx="2" className="meme-preview-frame" />
      {photo}
      {kind === 'classic' && (
        <>
          <rect x="10" y="5" width="28" height="4" className="meme-preview-caption" />
          <rect x="8" y="27" width="32" height="4" className="meme-preview-caption" />
        </>
      )}
      {(kind === 'bar-top' || kind === 'bars') && <rect x="10" y="3" width="28" height="3" className="meme-preview-bar-text" />}
      {kind === 'bars' && <rect x="10" y="30" width="28" height="3" className="meme-preview-bar-text" />}
      {kind === 'labels' && (
        <>
          <rect x="6" y="7" width="14" height="5" rx="1.5" className="meme-preview-label" />
          <rect x="27" y="19" width="14" height="5" rx="1.5" className="meme-preview-label" />
        </>
      )}
    </svg>
  );
}

export function MemePanel() {
  const { t } = useTranslation();
  return (
    <div className="meme-panel" data-testid="meme-panel">
      <section className="panel-section">
        <h2 className="panel-heading">{t('meme.heading')}</h2>
        <p className="empty-hint">{t('meme.hint')}</p>
        <div className="meme-variants">
          {VARIANTS.map((v) => (
            <div key={v.actionId} className="meme-variant">
              <Preview kind={v.preview} />
              <ActionButton actionId={v.actionId} showLabel variant="tile" />
            </div>
          ))}
        </div>
      </section>
      <section className="panel-section">
        <h2 className="panel-heading">{t('meme.toolsHeading')}</h2>
        <div className="meme-tools">
          <ActionButton actionId="insert.label" icon="text" showLabel variant="tile" />
          <ActionButton actionId="insert.redact" icon="eyeOff" showLabel variant="tile" />
          <ActionButton actionId="fonts.import" icon="file" showLabel variant="tile" />
        </div>
        <p className="empty-hint meme-privacy">{t('meme.privacyHint')}</p>
      </section>
    </div>
  );
}
