import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkerListItem } from '../../../../shared/domain/worker';
import { formatDateShort, formatRupiah } from '../../../../shared/format/id-format';
import { call } from '../../api/client';
import { VirtualList, type Column } from '../../components/virtual-list';
import { useLocale } from '../../i18n/use-locale';
import { usePagedRows } from '../../lib/use-paged-rows';
import { useBannerStore } from '../../stores/banner-store';
import { useNavStore } from '../../stores/nav-store';

export function EmployerWorkerList({ npp }: { npp: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavStore((s) => s.navigate);
  const fetchPage = useCallback((offset: number, limit: number) => call('workers-list', { npp, offset, limit }), [npp]);
  const rows = usePagedRows<WorkerListItem>(npp, fetchPage);

  useEffect(() => {
    if (rows.error) useBannerStore.getState().show(rows.error);
  }, [rows.error]);

  const columns = useMemo<Column<WorkerListItem>[]>(
    () => [
      { key: 'nik', header: t('worker.nik'), width: '11.5rem', render: (w) => <span className="mono">{w.nik}</span> },
      { key: 'name', header: t('worker.name'), width: 'minmax(10rem, 2fr)', render: (w) => w.name },
      { key: 'birth', header: t('worker.birthDate'), width: '7.5rem', render: (w) => formatDateShort(w.birthDate, locale) },
      { key: 'gender', header: t('worker.genderShort'), width: '3rem', render: (w) => <span title={t(`gender.${w.gender}`)}>{t(`homeBranch.genderShort.${w.gender}`)}</span> },
      { key: 'wage', header: t('worker.wage'), width: '9rem', align: 'end', render: (w) => formatRupiah(w.wage, locale) },
      { key: 'start', header: t('worker.startDateShort'), width: '7.5rem', render: (w) => formatDateShort(w.startDate, locale) },
      {
        key: 'status',
        header: t('worker.status'),
        width: '6rem',
        render: (w) => <span className={`tag tag-${w.status}`}>{t(`status.${w.status}`)}</span>,
      },
    ],
    [t, locale],
  );

  return (
    <div className="list-wrap">
      <VirtualList
        rows={rows}
        columns={columns}
        label={t('employerDetail.workers')}
        emptyText={t('employerDetail.noWorkers')}
        loadingText={t('common.loading')}
        testId="employer-worker-list"
        rowTestId="worker-row"
        onOpen={(w) => navigate({ name: 'worker-detail', nik: w.nik })}
      />
    </div>
  );
}
