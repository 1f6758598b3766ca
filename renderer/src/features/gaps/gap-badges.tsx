import { useTranslation } from 'react-i18next';
import { formatDateShort } from '../../../../shared/format/id-format';
import type { FollowUpStatus, GapCode, GapFollowUpState, GapSeverity } from '../../../../shared/gaps/gap-types';
import { useLocale } from '../../i18n/use-locale';

export function KindBadge({ code }: { code: GapCode }) {
  const { t } = useTranslation();
  return (
    <span className={`gap-kind gap-kind-${code}`} title={t(`gaps.kindHelp.${code}`)} data-kind={code}>
      {t(`gaps.kindShort.${code}`)}
    </span>
  );
}

export function SeverityTag({ severity }: { severity: GapSeverity }) {
  const { t } = useTranslation();
  return (
    <span className={`gap-sev gap-sev-${severity}`} data-severity={severity}>
      {t(`gaps.severity.${severity}`)}
    </span>
  );
}

export function StatusTag({ status }: { status: FollowUpStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`gap-status gap-status-${status}`} data-status={status}>
      {t(`gaps.status.${status}`)}
    </span>
  );
}

/** The latest follow-up of a gap in one cell: status and date, or "not followed up yet". */
export function FollowUpCell({ followUp }: { followUp: GapFollowUpState | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!followUp) return <span className="muted">{t('gaps.statusNone')}</span>;
  return (
    <span title={t('gaps.followUp.by', { author: followUp.author })}>
      <StatusTag status={followUp.status} /> <span className="muted">{formatDateShort(followUp.notedOn, locale)}</span>
    </span>
  );
}
