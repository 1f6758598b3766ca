import { useTranslation } from 'react-i18next';
import { formatNumberId } from '../../../../shared/format/id-format';
import type { ImportSkip } from '../../../../shared/gaps/gap-api-types';
import type { ListImportOutcome } from '../../../../shared/lists/list-types';
import { useLocale } from '../../i18n/use-locale';

const SKIP_CODES = ['REGION_UNKNOWN', 'NIB_FORMAT', 'NPWP_FORMAT', 'NIK_FORMAT', 'ID_NUMERIC_CELL', 'WAGE_UNREADABLE'];
/** The first rows left out are shown; the rest are counted (a list of thousands helps nobody on screen). */
const SHOWN_SKIPS = 50;

function Count({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

/** The figures of a list import or its dry run, and the rows it left out with their reasons. */
export function ListOutcome({ outcome }: { outcome: ListImportOutcome }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (v: number) => formatNumberId(v, locale);
  const skipped: ImportSkip[] = [
    ...outcome.warnings,
    ...(outcome.kind === 'prospects' ? outcome.prospects.skipped : outcome.kind === 'payroll' ? outcome.payroll.skipped : []),
  ].sort((a, b) => a.row - b.row);

  return (
    <div className="list-outcome" data-testid="list-outcome">
      <p className="muted">{t('lists.headerAt', { sheet: outcome.sheet, row: outcome.headerRow })}</p>
      <dl className="stats">
        {outcome.kind === 'prospects' && (
          <>
            <Count label={t('lists.counts.received')} value={n(outcome.prospects.received)} testId="list-received" />
            <Count label={t('lists.counts.pwbd')} value={n(outcome.prospects.pwbd)} testId="list-pwbd" />
            <Count
              label={t('lists.counts.matched')}
              value={`${n(outcome.prospects.matched.NIB + outcome.prospects.matched.NPWP + outcome.prospects.matched.NAMA)} (${t('lists.counts.matchedHow', {
                nib: n(outcome.prospects.matched.NIB),
                npwp: n(outcome.prospects.matched.NPWP),
                name: n(outcome.prospects.matched.NAMA),
              })})`}
              testId="list-matched"
            />
            <Count label={t('lists.counts.headcounts')} value={n(outcome.prospects.headcountsRecorded)} testId="list-headcounts" />
          </>
        )}
        {outcome.kind === 'payroll' && (
          <>
            <Count label={t('lists.counts.received')} value={n(outcome.payroll.received)} testId="list-received" />
            <Count label={t('lists.counts.people')} value={n(outcome.payroll.headcount)} testId="list-people" />
          </>
        )}
        {outcome.kind === 'workforce' && (
          <>
            <Count label={t('lists.counts.saved')} value={n(outcome.workforce.saved)} testId="list-saved" />
            <Count label={t('lists.counts.areas')} value={outcome.workforce.areas.join(', ')} testId="list-areas" />
          </>
        )}
        <Count label={t('lists.counts.skipped')} value={n(skipped.length)} testId="list-skipped" />
      </dl>
      {skipped.length > 0 && (
        <details className="list-skips" open={skipped.length <= 10}>
          <summary>{t('lists.skippedTitle')}</summary>
          <ul data-testid="list-skip-rows">
            {skipped.slice(0, SHOWN_SKIPS).map((s) => (
              <li key={`${s.row}-${s.code}`}>
                <strong>{t('lists.skippedRow', { row: s.row })}</strong>:{' '}
                {SKIP_CODES.includes(s.code) ? t(`lists.skipReason.${s.code}`, { detail: s.detail }) : t('lists.skipReason.other', { code: s.code, detail: s.detail })}
              </li>
            ))}
            {skipped.length > SHOWN_SKIPS && <li className="muted">… +{n(skipped.length - SHOWN_SKIPS)}</li>}
          </ul>
        </details>
      )}
    </div>
  );
}
