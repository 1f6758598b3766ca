import type { ReactNode } from 'react';
import type { ValidationIssue } from '../../../shared/validate/issue';
import { FieldMessages } from './field-messages';

interface Props {
  /** The input's id; the label points at it. */
  id: string;
  /** Short field name used in test ids (error-<name>). */
  name: string;
  label: string;
  hint?: ReactNode;
  issues?: readonly ValidationIssue[];
  notes?: readonly string[];
  required?: boolean;
  className?: string;
  children: ReactNode;
}

/** Label, control and the messages that say what to fix, laid out the same everywhere. */
export function Field({ id, name, label, hint, issues = [], notes, required, className, children }: Props) {
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required" aria-hidden="true"> *</span>}
      </label>
      {children}
      {hint && <div className="field-hint">{hint}</div>}
      <FieldMessages id={`${id}-msg`} name={name} issues={issues} notes={notes} />
    </div>
  );
}

/** aria attributes tying an input to its messages. */
export function describedBy(id: string, issues: readonly ValidationIssue[] = []) {
  return {
    'aria-describedby': `${id}-msg`,
    'aria-invalid': issues.some((i) => i.severity === 'error') || undefined,
  };
}
