import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../../shared/format/id-format';
import type { GapFollowUp } from '../../../../shared/gaps/gap-api-types';
import { useLocale } from '../../i18n/use-locale';
import { KindBadge, StatusTag } from './gap-badges';

/** The dated notes of one gap, oldest first, each with its status and who wrote it. */
export function FollowUpTimeline({ entries, showKind = false }: { entries: readonly GapFollowUp[]; showKind?: boolean }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (entries.length === 0) return <p className="muted" data-testid="followup-none">{t('gaps.followUp.none')}</p>;
  return (
    <ol className="followups" data-testid="followup-timeline">
      {entries.map((f) => (
        <li key={f.id} className="followup" data-testid="followup-entry" data-status={f.status}>
          <div className="followup-head">
            {showKind && <KindBadge code={f.code} />}
            <StatusTag status={f.status} />
            <time dateTime={f.notedOn}>{formatDateId(f.notedOn, locale)}</time>
            <span className="followup-author" data-testid="followup-author">
              {t('gaps.followUp.by', { author: f.author })}
            </span>
            {f.decidedBy && (
              <span className="followup-author" data-testid="followup-decided-by-text">
                {t('gaps.followUp.decidedByShown', { who: f.decidedBy })}
              </span>
            )}
          </div>
          {f.note && (
            <p className="followup-note" data-testid="followup-note-text">
              {f.note}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
