import { useTranslation } from 'react-i18next';
import { formatPercentId, formatRupiah } from '../../../../shared/format/id-format';
import type { CoverageRow } from '../../../../shared/gaps/gap-api-types';
import { useLocale } from '../../i18n/use-locale';

/** Pieces every section of the printed summary uses. */
export const rupiah = (n: number, locale: 'id' | 'en') => formatRupiah(Math.round(n), locale);

export function Percent({ row }: { row: CoverageRow }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return row.percent === null ? <span className="muted">{t('summary.key.noFigure')}</span> : <>{formatPercentId(row.percent / 100, locale)}</>;
}

export function SourceYear({ row }: { row: CoverageRow }) {
  const { t } = useTranslation();
  if (!row.source) return <span className="muted">{t('summary.key.noFigure')}</span>;
  return (
    <>
      {row.source} ({row.workforceYear}){!row.confirmed && <em className="summary-unconfirmed"> · {t('summary.key.unconfirmed')}</em>}
    </>
  );
}

export interface TableProps {
  caption: string;
  testId: string;
  head: React.ReactNode;
  children: React.ReactNode;
  foot?: React.ReactNode;
  /** Short tables stay whole on one page; long ones may break between rows (the head repeats). */
  long?: boolean;
}

export function Table({ caption, testId, head, children, foot, long = false }: TableProps) {
  return (
    <table className={`table summary-table${long ? '' : ' summary-keep'}`} data-testid={testId}>
      <caption>{caption}</caption>
      <thead>{head}</thead>
      <tbody>{children}</tbody>
      {foot && <tfoot>{foot}</tfoot>}
    </table>
  );
}
