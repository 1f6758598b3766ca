import { DateTextInput, type DateInputProps } from './date-input';

/** A contribution month: value "YYYY-MM", shown and typed as MM-YYYY (also 3/2026, Maret 2026, 2026-03). */
export function MonthInput(props: DateInputProps) {
  return <DateTextInput kind="month" {...props} />;
}
