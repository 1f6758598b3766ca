import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { niceScaleMax } from '../../../../shared/format/data-scale';
import { formatNumberId, formatPercentId } from '../../../../shared/format/id-format';
import { GAP_CODES } from '../../../../shared/gaps/gap-types';
import type { BranchSummary } from '../../../../shared/summary/summary-types';
import { useLocale } from '../../i18n/use-locale';

/*
 * Fixed sizes, no ResponsiveContainer and no animation: the page prints the SVG exactly as laid out, and the
 * print page can say "ready" as soon as it has rendered. Widths fit A4 portrait between 12 mm margins.
 */
export const CHART_WIDTH = 680;
const INK = '#1b2430';
const BRAND = '#0b5d3b';
const AXIS = { fontSize: 11, fill: INK };
const MONTHS_SHORT = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
} as const;

function ChartFrame({ title, testId, empty, children }: { title: string; testId: string; empty: boolean; children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <figure className="summary-chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      {empty ? <p className="muted summary-chart-empty">{t('summary.charts.noData')}</p> : children}
    </figure>
  );
}

/** Horizontal bars: regency names are long, so they sit on the Y axis. */
export function CoverageChart({ summary }: { summary: BranchSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const data = summary.coverage.regencies.map((r) => ({ name: r.name, percent: r.percent ?? 0, known: r.percent !== null }));
  const height = 56 + data.length * 26;
  // Scaled to the figures (1–2 % must not look empty), with five ticks and the axis named under it.
  const top = niceScaleMax(data.map((d) => d.percent));
  const ticks = [0, 1, 2, 3, 4].map((i) => (top * i) / 4);
  return (
    <ChartFrame title={t('summary.charts.coverage')} testId="chart-coverage" empty={data.length === 0}>
      <BarChart width={CHART_WIDTH} height={height} data={data} layout="vertical" margin={{ top: 4, right: 70, bottom: 22, left: 8 }}>
        <CartesianGrid horizontal={false} stroke="#d5dbe3" />
        <XAxis
          type="number"
          tick={AXIS}
          tickFormatter={(v: number) => formatPercentId(v / 100, locale)}
          domain={[0, top]}
          ticks={ticks}
          allowDataOverflow
          label={{ value: t('homeBranch.coverage.axisShort'), position: 'insideBottom', offset: -16, style: { fontSize: 11, fill: INK } }}
        />
        <YAxis type="category" dataKey="name" tick={AXIS} width={230} interval={0} />
        <Bar dataKey="percent" fill={BRAND} isAnimationActive={false} barSize={16}>
          <LabelList
            dataKey="percent"
            position="right"
            style={{ fontSize: 11, fill: INK }}
            formatter={(v: unknown) => formatPercentId(Number(v) / 100, locale)}
          />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}

export function GapsChart({ summary }: { summary: BranchSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const data = GAP_CODES.map((c) => ({ kind: t(`summary.gapShort.${c}`), count: summary.gaps.byKind[c].count }));
  return (
    <ChartFrame title={t('summary.charts.gaps')} testId="chart-gaps" empty={summary.gaps.total.count === 0}>
      <BarChart width={330} height={220} data={data} margin={{ top: 20, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid vertical={false} stroke="#d5dbe3" />
        <XAxis dataKey="kind" tick={{ ...AXIS, fontSize: 10 }} interval={0} />
        <YAxis tick={AXIS} allowDecimals={false} width={40} tickFormatter={(v: number) => formatNumberId(v, locale)} />
        <Bar dataKey="count" fill="#8a5a00" isAnimationActive={false} barSize={36}>
          <LabelList dataKey="count" position="top" style={{ fontSize: 11, fill: INK }} formatter={(v: unknown) => formatNumberId(Number(v), locale)} />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}

export function RegistrationsChart({ summary }: { summary: BranchSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const data = summary.registrations.byMonth.map((m) => ({
    month: `${MONTHS_SHORT[locale][Number(m.period.slice(5)) - 1]} ${m.period.slice(2, 4)}`,
    count: m.count,
  }));
  const empty = data.every((d) => d.count === 0);
  return (
    <ChartFrame title={t('summary.charts.registrations')} testId="chart-registrations" empty={empty}>
      <BarChart width={CHART_WIDTH} height={200} data={data} margin={{ top: 20, right: 8, bottom: 4, left: 0 }}>
        <CartesianGrid vertical={false} stroke="#d5dbe3" />
        <XAxis dataKey="month" tick={AXIS} interval={0} />
        <YAxis tick={AXIS} allowDecimals={false} width={48} tickFormatter={(v: number) => formatNumberId(v, locale)} />
        <Bar dataKey="count" fill={BRAND} isAnimationActive={false} barSize={30}>
          <LabelList dataKey="count" position="top" style={{ fontSize: 11, fill: INK }} formatter={(v: unknown) => formatNumberId(Number(v), locale)} />
        </Bar>
      </BarChart>
    </ChartFrame>
  );
}
