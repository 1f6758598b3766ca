import { useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { DATE_TEXT, type DateKind, type DateTextState } from './date-text';

type NativeProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'defaultValue' | 'onChange' | 'min' | 'max' | 'inputMode'>;

export interface DateInputProps extends NativeProps {
  /** ISO "YYYY-MM-DD" (a month: "YYYY-MM"), or '' when empty. */
  value: string;
  /** Every edit: the ISO value ('' when empty or not a date) and what the text is, for the form's own messages. */
  onValueChange: (value: string, state: DateTextState) => void;
  /** Inclusive ISO bounds; a date outside them is reported as 'out-of-range', never dropped. */
  min?: string;
  max?: string;
}

/**
 * A date typed day first, whatever the browser's locale (a native date input shows mm/dd/yyyy on many desk
 * PCs and cannot take a pasted "17 Agustus 1985"). The text stays as typed until the field is left or Enter
 * is pressed; then a readable date is rewritten as DD-MM-YYYY, and text that is not a date stays visible
 * and marked invalid.
 */
export function DateTextInput({
  kind,
  value,
  onValueChange,
  min,
  max,
  placeholder,
  onBlur,
  onKeyDown,
  'aria-invalid': ariaInvalid,
  ...rest
}: DateInputProps & { kind: DateKind }) {
  const { t } = useTranslation();
  const { read, format } = DATE_TEXT[kind];
  const [text, setText] = useState(() => format(value));
  const [seen, setSeen] = useState(value);
  const [committed, setCommitted] = useState(false);

  // A value set from outside (the NIK's birth date, a cleared filter) replaces the text, unless the text
  // already says it (or says nothing readable, which the form was told as '').
  if (value !== seen) {
    setSeen(value);
    if (read(text).value !== value) setText(format(value));
  }

  const bounds = { min, max };
  const { state } = read(text, bounds);
  const commit = () => {
    const r = read(text, bounds);
    if (r.value) setText(format(r.value));
    setCommitted(true);
  };
  const invalid = ariaInvalid === true || ariaInvalid === 'true' || (committed && (state === 'invalid' || state === 'out-of-range'));

  return (
    <input
      maxLength={40}
      autoComplete="off"
      spellCheck={false}
      {...rest}
      type="text"
      value={text}
      placeholder={placeholder ?? t(kind === 'month' ? 'dateInput.monthPlaceholder' : 'dateInput.placeholder')}
      aria-invalid={invalid || undefined}
      onChange={(e) => {
        const typed = e.target.value;
        setText(typed);
        setCommitted(false);
        const r = read(typed, bounds);
        onValueChange(r.value, r.state);
      }}
      onBlur={(e) => {
        commit();
        onBlur?.(e);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        onKeyDown?.(e);
      }}
    />
  );
}

/** A day: value "YYYY-MM-DD", shown and typed as DD-MM-YYYY (also 17/08/1985, 17.08.1985, 17 Agustus 1985). */
export function DateInput(props: DateInputProps) {
  return <DateTextInput kind="date" {...props} />;
}
