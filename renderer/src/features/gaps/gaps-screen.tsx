import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumberId, formatPeriod } from '../../../../shared/format/id-format';
import type { GapPage } from '../../../../shared/gaps/gap-api-types';
import type { Gap, ProgramLebihKuotaEvidence } from '../../../../shared/gaps/gap-types';
import { call } from '../../api/client';
import type { Column } from '../../components/virtual-list';
import { VirtualList } from '../../components/virtual-list';
import { useLocale } from '../../i18n/use-locale';
import { usePagedRows } from '../../lib/use-paged-rows';
import { useBannerStore } from '../../stores/banner-store';
import { useGapFilterStore } from '../../stores/gap-filter-store';
import { useNavStore } from '../../stores/nav-store';
import { useReferenceStore } from '../../stores/reference-store';
import { FollowUpCell, KindBadge, SeverityTag } from './gap-badges';
import { GapExportButton } from './gap-export-button';
import { GapFilters } from './gap-filters';
import { GapTotals } from './gap-totals';
import { gapShortfall } from './gap-text';
import { PwbdPanel } from './pwbd-panel';

/** The gap workspace: filters, totals per kind, and every finding sorted by estimated shortfall. */
export function GapsScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavStore((s) => s.navigate);
  const { period, branch, regencyCode, kind, scale, sort, q, set } = useGapFilterStore();
  const regions = useReferenceStore((s) => s.bundle?.regions);
  const [totals, setTotals] = useState<{ key: string; value: GapPage['totals']; employers: number } | null>(null);
  const [pwbd, setPwbd] = useState<Gap | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);

  const regencyName = useCallback((code: string) => regions?.find((r) => r.code === code)?.name ?? code, [regions]);

  const key = JSON.stringify([period, branch, regencyCode, kind, scale, sort, q]);
  const fetchPage = useCallback(
    (offset: number, limit: number) =>
      call('gaps-list', {
        period,
        sort,
        offset,
        limit,
        ...(branch ? { branch } : {}),
        ...(regencyCode ? { regencyCode } : {}),
        ...(kind ? { kind } : {}),
        ...(scale ? { scale } : {}),
        ...(q ? { q } : {}),
      }).then((page) => {
        // Totals cover the whole filtered set; every page carries them, keep the latest for this query.
        setTotals({ key: JSON.stringify([page.period, branch, regencyCode, kind, scale, sort, q]), value: page.totals, employers: page.employers });
        return page;
      }),
    [period, branch, regencyCode, kind, scale, sort, q],
  );
  // Mounting refetches: the list reflects imports made since the last visit.
  const rows = usePagedRows<Gap>(key, fetchPage);
  const { reload } = rows;

  useEffect(() => {
    if (rows.error) useBannerStore.getState().show(rows.error);
  }, [rows.error]);

  useEffect(() => setPwbd(null), [key]);

  const columns = useMemo<Column<Gap>[]>(
    () => [
      {
        key: 'npp',
        header: t('gaps.col.npp'),
        width: '6.5rem',
        render: (g) => (g.npp ? <span className="mono">{g.npp}</span> : <span className="muted">—</span>),
      },
      { key: 'name', header: t('gaps.col.name'), width: 'minmax(11rem, 2.6fr)', render: (g) => <span title={g.name}>{g.name}</span> },
      { key: 'regency', header: t('gaps.col.regency'), width: 'minmax(9rem, 1.5fr)', render: (g) => regencyName(g.regencyCode) },
      { key: 'kind', header: t('gaps.col.kind'), width: '7.5rem', render: (g) => <KindBadge code={g.code} /> },
      { key: 'severity', header: t('gaps.col.severity'), width: '5rem', render: (g) => <SeverityTag severity={g.severity} /> },
      {
        key: 'shortfall',
        header: t('gaps.col.shortfall'),
        width: '10.5rem',
        align: 'end',
        render: (g) => <span data-testid="gap-row-shortfall">{gapShortfall(g, locale)}</span>,
      },
      { key: 'followUp', header: t('gaps.col.followUp'), width: 'minmax(8rem, 1.2fr)', render: (g) => <FollowUpCell followUp={g.followUp} /> },
    ],
    [t, locale, regencyName],
  );
  // Beside the PWBD panel the list keeps what identifies a row and what it is worth.
  const narrow = useMemo(() => columns.filter((c) => ['npp', 'name', 'kind', 'shortfall'].includes(c.key)), [columns]);

  const open = (g: Gap) => {
    setNotice(null);
    if (g.code === 'PROGRAM_LEBIH_KUOTA') navigate({ name: 'programmes', id: (g.evidence as ProgramLebihKuotaEvidence).programmeId });
    else if (g.npp) navigate({ name: 'gap-employer', npp: g.npp });
    else setPwbd(g);
  };

  const shownTotals = totals?.key === key ? totals.value : null;

  return (
    <section className="screen screen-list gaps-screen" aria-labelledby="gaps-title">
      <div className="screen-head">
        <h1 id="gaps-title">{t('gaps.title')}</h1>
        <p className="result-count" aria-live="polite" data-testid="gap-count">
          {rows.total === null
            ? t('common.loading')
            : `${formatPeriod(period, locale)} · ${t('gaps.total', { count: rows.total, n: formatNumberId(rows.total, locale) })}`}
        </p>
        <div className="head-actions">
          <GapExportButton />
        </div>
      </div>
      <p className="context-line gaps-intro">{t('gaps.intro')}</p>
      <GapFilters />
      <GapTotals totals={shownTotals} employers={totals?.key === key ? totals.employers : null} kind={kind} onKind={(k) => set({ kind: k })} />
      {notice && (
        <p className="msg gap-msg-ok" role="status" data-testid="gap-notice">
          {notice}
        </p>
      )}
      <div className={`gaps-body${pwbd ? ' has-panel' : ''}`}>
        <div className="list-wrap" ref={listRef}>
          <VirtualList
            rows={rows}
            columns={pwbd ? narrow : columns}
            label={t('gaps.title')}
            emptyText={t('gaps.empty')}
            loadingText={t('common.loading')}
            testId="gap-list"
            rowTestId="gap-row"
            onOpen={open}
          />
        </div>
        {pwbd && (
          <PwbdPanel
            key={pwbd.key}
            gap={pwbd}
            regencyName={regencyName(pwbd.regencyCode)}
            onClose={() => {
              setPwbd(null);
              listRef.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus();
            }}
            onChanged={(message) => {
              if (message) {
                setNotice(message);
                setPwbd(null);
              }
              reload();
            }}
          />
        )}
      </div>
    </section>
  );
}
