import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPeriod } from '../../../../shared/format/id-format';
import { formatMessage } from '../../../../shared/i18n/messages';
import type { EmployerGaps } from '../../../../shared/gaps/gap-api-types';
import { call } from '../../api/client';
import { useLocale } from '../../i18n/use-locale';
import { useBannerStore } from '../../stores/banner-store';
import { useGapFilterStore } from '../../stores/gap-filter-store';
import { useNavStore } from '../../stores/nav-store';
import { FollowUpTimeline } from './follow-up-timeline';
import { GapCard } from './gap-card';
import { PeriodSelect } from './period-select';

/** Every gap of one employer for the period, with its evidence and follow-up. */
export function GapEmployerScreen({ npp }: { npp: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavStore((s) => s.navigate);
  const period = useGapFilterStore((s) => s.period);
  const setFilters = useGapFilterStore((s) => s.set);
  const [data, setData] = useState<EmployerGaps | null>(null);
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  // Fetched on entry and after every follow-up: gaps recompute after imports and edits.
  useEffect(() => {
    let live = true;
    call('gaps-employer', { npp, period })
      .then((d) => live && setData(d))
      .catch((err: unknown) => live && useBannerStore.getState().show(err));
    return () => {
      live = false;
    };
  }, [npp, period, version]);

  const current = data && data.npp === npp && data.period === period ? data : null;
  const gapKeys = new Set(current?.gaps.map((g) => g.key));
  const otherFollowUps = current?.followUps.filter((f) => !gapKeys.has(f.gapKey)) ?? [];

  return (
    <section className="screen gap-employer" aria-labelledby="gap-employer-title">
      <div className="screen-head">
        <button type="button" className="btn btn-quiet" onClick={() => navigate({ name: 'gaps' })} data-testid="back-to-gaps">
          ← {t('gaps.back')}
        </button>
        <h1 id="gap-employer-title" data-testid="gap-employer-name">
          {current?.name ?? data?.name ?? npp}
        </h1>
        <div className="head-actions">
          <button type="button" className="btn" onClick={() => navigate({ name: 'employer-detail', npp })} data-testid="gap-open-employer">
            {t('gaps.employerData')}
          </button>
        </div>
      </div>
      <div className="toolbar">
        <p className="context-line gap-context" data-testid="gap-employer-context">
          {t('gaps.employerContext', { npp, period: formatPeriod(period, locale) })}
        </p>
        <PeriodSelect id="gap-employer-period" value={period} onChange={(p) => setFilters({ period: p })} testId="gap-employer-period" />
      </div>
      {!current && <p className="muted">{t('common.loading')}</p>}
      {current?.notes.map((n) => (
        <p key={n.code} className="gap-note" data-testid="gap-employer-note">
          {formatMessage(n.code, n.params, locale)}
        </p>
      ))}
      {current && current.gaps.length === 0 && (
        <p className="gap-none" data-testid="gap-none">
          {t('gaps.noGaps', { period: formatPeriod(period, locale) })}
        </p>
      )}
      {current?.gaps.map((g) => (
        <GapCard key={g.key} gap={g} followUps={current.followUps.filter((f) => f.gapKey === g.key)} onFollowUp={reload} />
      ))}
      {otherFollowUps.length > 0 && (
        <section className="gap-card gap-history" aria-labelledby="gap-history-title">
          <h2 id="gap-history-title">{t('gaps.followUp.history')}</h2>
          <FollowUpTimeline entries={otherFollowUps} showKind />
        </section>
      )}
    </section>
  );
}
