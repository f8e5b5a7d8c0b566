
export function Toggle({ label, glyph, on, disabled, onChange }: { label: string; glyph: string; on: boolean; disabled?: boolean; onChange(on: boolean): void }) {
  return (
    <button type="button" className={`toggle${on ? ' on' : ''}`} aria-pressed={on} title={label} aria-label={label} disabled={disabled} onClick={() => onChange(!on)}>
      {glyph}
    </button>
  );
}
