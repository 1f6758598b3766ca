import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { END_REASONS, type EndReason } from '../../../../shared/domain/membership-history';
import { PROGRAM_CODES, type ProgramCode } from '../../../../shared/domain/reference';
import type { WorkerDetail } from '../../../../shared/domain/worker';
import { call } from '../../api/client';
import { toApiCallError } from '../../api/api-call-error';
import { DateInput } from '../../components/date-input';
import { MonthInput } from '../../components/month-input';
import { useLocale } from '../../i18n/use-locale';
import { errorText } from '../../lib/issue-text';
import { ConfirmDialog } from '../imports/confirm-dialog';

type Row = WorkerDetail['memberships'][number];
export type MembershipAction = { kind: 'wage' | 'end' | 'move' | 'programs'; membership: Row };

/** Whole rupiah as a clerk types it ("4.500.000", "Rp 4500000"); null when it is not one. */
export function parseRupiah(text: string): number | null {
  const clean = text.replace(/^\s*Rp\.?\s*/i, '').replace(/[.\s]/g, '').replace(/,-?$|,00$/, '');
  return /^\d{1,11}$/.test(clean) ? Number(clean) : null;
}

/** Enter in a text field saves, as in every form of the app (the dialog's buttons are outside a <form>). */
export const submitOnEnter = (run: () => Promise<void>) => (e: KeyboardEvent<HTMLDivElement>) => {
  if (e.key === 'Enter' && e.target instanceof HTMLInputElement && e.target.type !== 'checkbox') {
    e.preventDefault();
    void run();
  }
};

const thisMonth = () => new Date().toISOString().slice(0, 7);
const today = () => new Date().toISOString().slice(0, 10);

/**
 * The dialog for one action on one membership (wage change, end, move, the employer's programs): the app's
 * own modal, Esc cancels, the server's coded message shown inside it. `onDone` reloads the worker page.
 */
export function MembershipDialog({ action, onClose, onDone }: { action: MembershipAction; onClose: () => void; onDone: (note?: string) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const m = action.membership;
  const [wage, setWage] = useState('');
  const [month, setMonth] = useState(thisMonth());
  const [date, setDate] = useState(today());
  const [reason, setReason] = useState<EndReason>('resign');
  const [toNpp, setToNpp] = useState('');
  const [programs, setPrograms] = useState<ProgramCode[]>(m.programs);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async () => {
    setError(null);
    try {
      setBusy(true);
      if (action.kind === 'wage') {
        const amount = parseRupiah(wage);
        if (amount === null) return setError(t('lifecycle.wageInvalid'));
        if (!month) return setError(t('lifecycle.monthInvalid'));
        await call('memberships-wage', { membershipId: m.id, wage: amount, fromMonth: month });
        onDone();
      } else if (action.kind === 'end') {
        if (!date) return setError(t('lifecycle.dateInvalid'));
        await call('workers-end', { membershipId: m.id, endDate: date, reason });
        onDone();
      } else if (action.kind === 'move') {
        if (!date) return setError(t('lifecycle.dateInvalid'));
        await call('memberships-move', { membershipId: m.id, toNpp, date });
        onDone();
      } else {
        const r = await call('employers-programs', { npp: m.npp, programs });
        onDone(t('lifecycle.programsDone', { n: r.memberships }));
      }
    } catch (err) {
      setError(errorText(toApiCallError(err), locale));
    } finally {
      setBusy(false);
    }
  };

  const titles = { wage: t('lifecycle.changeWage'), end: t('lifecycle.end'), move: t('lifecycle.move'), programs: t('lifecycle.programs') };
  return (
    <ConfirmDialog open title={`${titles[action.kind]} — ${m.employerName}`} confirmLabel={t('lifecycle.save')} busy={busy} onConfirm={() => void run()} onCancel={onClose} testId={`dialog-${action.kind}`}>
      <div className="dialog-form" onKeyDown={submitOnEnter(run)}>
      {action.kind === 'wage' && (
        <>
          <label className="dialog-field">
            {t('lifecycle.wage')}
            <input inputMode="numeric" autoComplete="off" value={wage} onChange={(e) => setWage(e.target.value)} data-testid="wage-amount" />
          </label>
          <label className="dialog-field">
            {t('lifecycle.fromMonth')}
            <MonthInput value={month} onValueChange={(v) => setMonth(v)} data-testid="wage-from" />
          </label>
          <p className="muted">{t('lifecycle.fromMonthHint')}</p>
        </>
      )}
      {action.kind === 'end' && (
        <>
          <label className="dialog-field">
            {t('lifecycle.endDate')}
            <DateInput value={date} onValueChange={(v) => setDate(v)} data-testid="end-date" />
          </label>
          <label className="dialog-field">
            {t('lifecycle.reason')}
            <select value={reason} onChange={(e) => setReason(e.target.value as EndReason)} data-testid="end-reason">
              {END_REASONS.filter((r) => r !== 'moved').map((r) => (
                <option key={r} value={r}>
                  {t(`lifecycle.reasons.${r}`)}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      {action.kind === 'move' && (
        <>
          <label className="dialog-field">
            {t('lifecycle.moveTo')}
            <input inputMode="numeric" autoComplete="off" value={toNpp} onChange={(e) => setToNpp(e.target.value)} data-testid="move-npp" />
          </label>
          <label className="dialog-field">
            {t('lifecycle.moveDate')}
            <DateInput value={date} onValueChange={(v) => setDate(v)} data-testid="move-date" />
          </label>
          <p className="muted">{t('lifecycle.moveHint')}</p>
        </>
      )}
      {action.kind === 'programs' && (
        <>
          <p>{t('lifecycle.programsHint', { employer: m.employerName })}</p>
          <div className="checkbox-row">
            {PROGRAM_CODES.map((p) => (
              <label key={p}>
                <input
                  type="checkbox"
                  checked={programs.includes(p)}
                  onChange={(e) => setPrograms((cur) => (e.target.checked ? [...cur, p] : cur.filter((x) => x !== p)))}
                  data-testid={`program-${p}`}
                />{' '}
                {p}
              </label>
            ))}
          </div>
        </>
      )}
      {error && (
        <p className="msg msg-error" role="alert" data-testid="dialog-error">
          {error}
        </p>
      )}
      </div>
    </ConfirmDialog>
  );
}
