// Small labelled inputs for the inspector. Each edit is a named history command; repeated edits
// of the same field merge so typing "120" is one undo step.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function Field({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <label className={`field${wide ? ' wide' : ''}`}>
      <span className="field-label">{label}</span>
      {children}
    </label>
  );
}

export function NumberInput(props: {
  value: number;
  onChange(value: number): void;
  min?: number;
  max?: number;
  step?: number;
  disabled?: boolean;
  testId?: string;
  suffix?: string;
}) {
  const [text, setText] = useState(String(round(props.value)));
  // The field shows a new value from outside (state adjusted while rendering, as React advises).
  const [shownValue, setShownValue] = useState(props.value);
  if (shownValue !== props.value) {
    setShownValue(props.value);
    setText(String(round(props.value)));
  }
  const commit = (raw: string) => {
    const n = Number(raw);
    if (!Number.isFinite(n)) return setText(String(round(props.value)));
    const clamped = Math.min(props.max ?? Infinity, Math.max(props.min ?? -Infinity, n));
    if (clamped !== props.value) props.onChange(clamped);
    setText(String(round(clamped)));
  };
  return (
    <span className="number-input">
      <input
        type="number"
        inputMode="decimal"
        value={text}
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
        disabled={props.disabled}
        data-testid={props.testId}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value !== '' && Number.isFinite(Number(e.target.value))) commit(e.target.value);
        }}
        onBlur={(e) => commit(e.target.value)}
        onKeyDown={(e) => e.stopPropagation()}
      />
      {props.suffix && <span className="suffix">{props.suffix}</span>}
    </span>
  );
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export function ColorInput({ value, onChange, disabled, testId }: { value: string; onChange(v: string): void; disabled?: boolean; testId?: string }) {
  const { t } = useTranslation();
  // A see-through colour (from a file or a pack: the fields only make opaque ones) says so, over a checkerboard swatch.
  const clear = value === 'transparent' || /^#[0-9a-f]{6}00$/i.test(value);
  const hex = /^#[0-9a-f]{6}([0-9a-f]{2})?$/i.test(value) ? value.slice(0, 7) : /^#[0-9a-f]{3}$/i.test(value) ? expand(value) : clear ? '#ffffff' : '#000000';
  // What the user is typing; null shows the current colour. A code is taken on Enter or on leaving the field.
  const [draft, setDraft] = useState<string | null>(null);
  const typed = draft === null ? null : parseHex(draft);
  const commit = () => {
    // Against what is stored, so a see-through colour takes the opaque one typed over it.
    if (draft !== null && typed !== null && typed !== value.toUpperCase()) onChange(typed);
    setDraft(null);
  };
  return (
    <span className={clear ? 'color-input is-clear' : 'color-input'}>
      <input type="color" value={hex} disabled={disabled} data-testid={testId} aria-label={t('fields.colorPicker')} onChange={(e) => onChange(e.target.value)} />
      <input
        type="text"
        className="color-hex"
        value={draft ?? (clear ? '' : hex.toUpperCase())}
        placeholder={clear ? t('fields.transparent') : undefined}
        disabled={disabled}
        maxLength={7}
        spellCheck={false}
        aria-label={t('fields.colorHex')}
        title={t('fields.colorHexHint')}
        aria-invalid={draft !== null && typed === null}
        {...(testId ? { 'data-testid': `${testId}-hex` } : {})}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(null);
        }}
      />
    </span>
  );
}

/** "#1a2b3c", "1A2B3C", "#abc" or "abc" as "#1A2B3C"; null for anything else. */
export function parseHex(text: string): string | null {
  const bare = text.trim().replace(/^#/, '');
  if (/^[0-9a-f]{6}$/i.test(bare)) return `#${bare.toUpperCase()}`;
  if (/^[0-9a-f]{3}$/i.test(bare)) return expand(`#${bare}`).toUpperCase();
  return null;
}

function expand(v: string): string {
  return `#${v[1]}${v[1]}${v[2]}${v[2]}${v[3]}${v[3]}`;
}
