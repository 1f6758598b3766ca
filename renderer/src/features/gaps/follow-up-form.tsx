import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../../shared/api/permissions';
import type { GapFollowUp } from '../../../../shared/gaps/gap-api-types';
import { formatDateId, formatDateShort } from '../../../../shared/format/id-format';
import { FOLLOWUP_STATUSES, SANCTION_PREREQUISITE, type FollowUpStatus } from '../../../../shared/gaps/gap-types';
import { call } from '../../api/client';
import { DateInput } from '../../components/date-input';
import type { DateTextState } from '../../components/date-text';
import { toApiCallError } from '../../api/api-call-error';
import { useLocale } from '../../i18n/use-locale';
import { todayIso } from '../../lib/dates';
import { errorText } from '../../lib/issue-text';
import { useSessionStore } from '../../stores/session-store';

interface Props {
  gapKey: string;
  /** The latest status, to propose the next rung of the ladder. */
  current: FollowUpStatus | null;
  onSaved: (entry: GapFollowUp) => void;
}

/** The next rung of baru → dihubungi → teguran 1 → teguran 2 → denda → TMP2T → selesai, within what the role may set. */
function proposed(current: FollowUpStatus | null, allowed: readonly FollowUpStatus[]): FollowUpStatus {
  const next = current ? FOLLOWUP_STATUSES[Math.min(FOLLOWUP_STATUSES.indexOf(current) + 1, FOLLOWUP_STATUSES.length - 1)]! : 'dihubungi';
  return allowed.includes(next) ? next : (current && allowed.includes(current) ? current : allowed[allowed.length - 1]!);
}

/** Records one follow-up on a gap: status (ladder order; "selesai" only with sign-off), note, date. */
export function FollowUpForm({ gapKey, current, onSaved }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const role = useSessionStore((s) => s.session?.role);
  const mayClose = role ? can(role, 'sign-off') : false;
  const mayEnter = role ? can(role, 'enter') : false;
  // Closing a case and sanctions are the branch head's decisions.
  const allowed = FOLLOWUP_STATUSES.filter((s) => (s !== 'selesai' && !SANCTION_PREREQUISITE[s]) || mayClose);
  const [status, setStatus] = useState<FollowUpStatus>(() => proposed(current, allowed));
  const [note, setNote] = useState('');
  const [decidedBy, setDecidedBy] = useState('');
  const [notedOn, setNotedOn] = useState(todayIso());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [touched, setTouched] = useState(false);
  const [dateState, setDateState] = useState<DateTextState>('valid');
  const [dateLeft, setDateLeft] = useState(false);

  if (!mayEnter) return null;
  const noteMissing = note.trim() === '';
  const isSanction = SANCTION_PREREQUISITE[status] !== undefined;
  const deciderMissing = isSanction && decidedBy.trim() === '';
  const today = todayIso();
  // The text of an unreadable date stays in the field; the note is not saved with a guessed day.
  const dateIssue = dateState === 'invalid' ? 'DATE_INVALID' : !notedOn ? 'FIELD_REQUIRED' : notedOn > today ? 'DATE_IN_FUTURE' : null;
  const dateShown = (touched || dateLeft) && dateIssue !== null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (noteMissing || deciderMissing || dateIssue || busy) return;
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const entry = await call('gaps-followup-add', { gapKey, status, note: note.trim(), notedOn, ...(isSanction ? { decidedBy: decidedBy.trim() } : {}) });
      setNote('');
      setTouched(false);
      setSaved(true);
      setStatus(proposed(entry.status, allowed));
      onSaved(entry);
    } catch (err) {
      setError(errorText(toApiCallError(err), locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="followup-form" onSubmit={(e) => void submit(e)} data-testid="followup-form" aria-label={t('gaps.followUp.add')}>
      <h4>{t('gaps.followUp.add')}</h4>
      <div className="followup-fields">
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('gaps.followUp.status')}</label>
          <select
            id={`${id}-status`}
            value={status}
            data-testid="followup-status"
            onChange={(e) => setStatus(e.target.value as FollowUpStatus)}
          >
            {allowed.map((s) => (
              <option key={s} value={s}>
                {t(`gaps.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('gaps.followUp.notedOn')}</label>
          <DateInput
            id={`${id}-date`}
            value={notedOn}
            max={today}
            aria-required="true"
            aria-invalid={dateShown || undefined}
            aria-describedby={`${id}-msg`}
            data-testid="followup-date"
            onValueChange={(value, state) => {
              setNotedOn(value);
              setDateState(state);
              setDateLeft(false);
            }}
            onBlur={() => setDateLeft(true)}
          />
          {notedOn && (
            <span className="field-hint" data-testid="followup-date-formatted">
              {formatDateId(notedOn, locale)}
            </span>
          )}
        </div>
        {isSanction && (
          <div className="field">
            <label htmlFor={`${id}-decider`}>
              {t('gaps.followUp.decidedBy')}
              <span className="required" aria-hidden="true"> *</span>
            </label>
            <input
              id={`${id}-decider`}
              maxLength={120}
              value={decidedBy}
              data-testid="followup-decided-by"
              aria-invalid={touched && deciderMissing ? true : undefined}
              aria-describedby={`${id}-msg`}
              onChange={(e) => setDecidedBy(e.target.value)}
            />
          </div>
        )}
        <div className="field field-note">
          <label htmlFor={`${id}-note`}>
            {t('gaps.followUp.note')}
            <span className="required" aria-hidden="true"> *</span>
          </label>
          <textarea
            id={`${id}-note`}
            rows={2}
            maxLength={2000}
            value={note}
            placeholder={t('gaps.followUp.notePlaceholder')}
            data-testid="followup-note"
            aria-invalid={touched && noteMissing ? true : undefined}
            aria-describedby={`${id}-msg`}
            onChange={(e) => setNote(e.target.value)}
            onKeyDown={(e) => {
              // Ctrl+Enter saves from inside the note.
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
          />
        </div>
      </div>
      <div id={`${id}-msg`} className="field-messages" aria-live="polite">
        {dateShown && (
          <p className="msg msg-error" data-testid="error-followup-date">
            {t(`issues.${dateIssue}`, { date: formatDateShort(notedOn, locale) })}
          </p>
        )}
        {touched && noteMissing && <p className="msg msg-error" data-testid="error-followup-note">{t('gaps.followUp.noteRequired')}</p>}
        {touched && deciderMissing && <p className="msg msg-error" data-testid="error-followup-decided-by">{t('gaps.followUp.decidedByRequired')}</p>}
        {error && <p className="msg msg-error" data-testid="followup-error">{error}</p>}
        {saved && <p className="msg gap-msg-ok" data-testid="followup-saved">{t('gaps.followUp.saved')}</p>}
      </div>
      <div className="followup-actions">
        <button type="submit" className="btn btn-primary" disabled={busy} data-testid="followup-submit">
          {busy ? t('common.saving') : t('gaps.followUp.submit')} <kbd>Ctrl+Enter</kbd>
        </button>
        {!mayClose && <span className="muted followup-hint">{t('gaps.followUp.signOffOnly')}</span>}
      </div>
    </form>
  );
}
