import type { ValidationIssue } from '../../../shared/validate/issue';
import { useLocale } from '../i18n/use-locale';
import { issueText } from '../lib/issue-text';

interface Props {
  id: string;
  name: string;
  issues: readonly ValidationIssue[];
  /** Extra warnings worked out in the renderer (already localised). */
  notes?: readonly string[];
}

/** The messages under a field: errors first (data-testid error-<name>), then warnings. */
export function FieldMessages({ id, name, issues, notes = [] }: Props) {
  const locale = useLocale();
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity !== 'error');
  if (errors.length === 0 && warnings.length === 0 && notes.length === 0) return null;
  return (
    <div id={id} className="field-messages" aria-live="polite">
      {errors.map((issue, i) => (
        <p key={`e${i}`} className="msg msg-error" data-testid={`error-${name}`}>
          {issueText(issue, locale)}
        </p>
      ))}
      {warnings.map((issue, i) => (
        <p key={`w${i}`} className="msg msg-warning" data-testid={`warning-${name}`}>
          {issueText(issue, locale)}
        </p>
      ))}
      {notes.map((note, i) => (
        <p key={`n${i}`} className="msg msg-warning" data-testid={`warning-${name}`}>
          {note}
        </p>
      ))}
    </div>
  );
}
