import { useTranslation } from 'react-i18next';
import { formatNumberId, formatRupiah } from '../../../../shared/format/id-format';
import type { GapPage } from '../../../../shared/gaps/gap-api-types';
import { GAP_CODES, type GapCode } from '../../../../shared/gaps/gap-types';
import { useLocale } from '../../i18n/use-locale';

interface Props {
  totals: GapPage['totals'] | null;
  employers: number | null;
  kind: GapCode | '';
  onKind: (kind: GapCode | '') => void;
}

/** Count and estimated monthly shortfall per gap kind over the filtered set; a card toggles the kind filter. */
export function GapTotals({ totals, employers, kind, onKind }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  // "Semua jenis" counts companies, not findings: one employer may have several kinds of gap.
  const all = totals ? { count: employers ?? 0, shortfall: GAP_CODES.reduce((s, c) => s + totals[c].shortfall, 0) } : null;
  const card = (code: GapCode | '', label: string, v: { count: number; shortfall: number } | null) => (
    <button
      key={code || 'all'}
      type="button"
      className={`gap-total${code ? ` gap-total-${code}` : ''}`}
      aria-pressed={kind === code}
      title={code ? `${t(`gaps.kindHelp.${code}`)} · ${t('gaps.totalsFilterHint')}` : undefined}
      data-testid={`gap-total-${code || 'all'}`}
      onClick={() => onKind(code === kind ? '' : code)}
    >
      <span className="gap-total-label">{label}</span>
      <span className="gap-total-count">{v ? t(code === 'PROGRAM_LEBIH_KUOTA' ? 'gaps.totalsProgrammes' : 'gaps.totalsCount', { count: v.count, n: formatNumberId(v.count, locale) }) : '…'}</span>
      <span className="gap-total-money" title={t('gaps.totalsShortfall')}>
        {v ? formatRupiah(v.shortfall, locale) : '…'}
      </span>
    </button>
  );
  return (
    <div className="gap-totals" role="group" aria-label={t('gaps.totalsLabel')} data-testid="gap-totals">
      {card('', t('gaps.totalsAll'), all)}
      {GAP_CODES.map((c) => card(c, t(`gaps.kind.${c}`), totals?.[c] ?? null))}
      <p className="gap-totals-note muted">{t('gaps.totalsShortfall')}</p>
    </div>
  );
}
