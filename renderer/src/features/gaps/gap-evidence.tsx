import { formatNpwp } from '../../../../shared/format/npwp-format';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateId, formatNumberId, formatPeriod, formatRupiah } from '../../../../shared/format/id-format';
import type {
  Gap,
  PdsProgramEvidence,
  PdsTkEvidence,
  PdsUpahEvidence,
  PwbdEvidence,
} from '../../../../shared/gaps/gap-types';
import { useLocale } from '../../i18n/use-locale';
import { programList } from '../../lib/programs';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

function useSourceName() {
  const { t, i18n } = useTranslation();
  return (source: string) => (i18n.exists(`gaps.sourceName.${source}`) ? t(`gaps.sourceName.${source}`) : source);
}

function TkEvidence({ e }: { e: PdsTkEvidence }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (v: number) => formatNumberId(v, locale);
  const sourceName = useSourceName();
  return (
    <dl className="facts facts-compact gap-facts">
      <Fact label={t('gaps.tk.known')}>
        {n(e.knownHeadcount)} <span className="muted">({sourceName(e.headcountSource)}, {formatDateId(e.headcountDate, locale)})</span>
      </Fact>
      <Fact label={t('gaps.tk.active')}>{n(e.activeWorkers)}</Fact>
      <Fact label={t('gaps.tk.missing')} testId="evidence-missing">
        <strong>{n(e.missing)}</strong>
      </Fact>
      <Fact label={t('gaps.tk.assumedWage')}>
        {e.assumedWage === null ? '–' : formatRupiah(e.assumedWage, locale)} <span className="muted">({t('gaps.tk.assumedWageNote')})</span>
      </Fact>
    </dl>
  );
}

function UpahEvidence({ e }: { e: PdsUpahEvidence }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (v: number) => formatNumberId(v, locale);
  const money = (v: number | null) => (v === null ? '–' : formatRupiah(v, locale));
  const mw = e.minimumWage;
  return (
    <>
      <dl className="facts facts-compact gap-facts">
        <Fact label={t('gaps.upah.minimum')} testId="evidence-minimum">
          {mw ? t('gaps.upah.minimumValue', { kind: mw.kind, year: mw.year, amount: formatRupiah(mw.amount, locale) }) : t('gaps.upah.noMinimum')}
          {mw && !mw.confirmed && <span className="tag tag-warning">{t('gaps.upah.unconfirmed')}</span>}
        </Fact>
        <Fact label={t('gaps.upah.active')}>{n(e.activeWorkers)}</Fact>
        <Fact label={t('gaps.upah.belowMinimum')}>{n(e.belowMinimum)}</Fact>
        {(e.belowPayroll > 0 || e.payrollPeriod) && (
          <Fact label={t('gaps.upah.belowPayroll')}>
            {n(e.belowPayroll)}
            {e.payrollPeriod && <span className="muted"> ({t('gaps.upah.payrollPeriod')} {formatPeriod(e.payrollPeriod, locale)})</span>}
          </Fact>
        )}
        <Fact label={t('gaps.upah.wageShortfall')} testId="evidence-wage-shortfall">
          <strong>{formatRupiah(e.wageShortfall, locale)}</strong>
        </Fact>
      </dl>
      {e.workers.length === 0 ? (
        <p className="muted">{t('gaps.upah.noWorkers')}</p>
      ) : (
        <div className="table-wrap gap-workers">
          <table className="table" data-testid="upah-workers">
            <caption>{t('gaps.upah.workersCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('gaps.upah.nik')}</th>
                <th scope="col">{t('gaps.upah.name')}</th>
                <th scope="col" className="cell-end">{t('gaps.upah.wage')}</th>
                <th scope="col" className="cell-end">{t('gaps.upah.minimumCol')}</th>
                {e.workers.some((w) => w.payrollWage !== null) && <th scope="col" className="cell-end">{t('gaps.upah.payrollWage')}</th>}
                <th scope="col" className="cell-end">{t('gaps.upah.workerShortfall')}</th>
              </tr>
            </thead>
            <tbody>
              {e.workers.map((w) => (
                <tr key={w.membershipId} data-testid="upah-worker">
                  <td className="mono">{w.nik}</td>
                  <td>{w.name}</td>
                  <td className="cell-end">{money(w.wage)}</td>
                  <td className="cell-end">{money(w.minimumWage)}</td>
                  {e.workers.some((x) => x.payrollWage !== null) && <td className="cell-end">{money(w.payrollWage)}</td>}
                  <td className="cell-end gap-shortfall-cell">{money(w.wageShortfall)}</td>
                </tr>
              ))}
            </tbody>
            {e.workers.length > 1 && (
              <tfoot>
                <tr>
                  <th scope="row" colSpan={e.workers.some((w) => w.payrollWage !== null) ? 5 : 4}>
                    {t('gaps.upah.wageShortfall')}
                  </th>
                  <td className="cell-end gap-shortfall-cell">{money(e.wageShortfall)}</td>
                </tr>
              </tfoot>
            )}
          </table>
        </div>
      )}
    </>
  );
}

function ProgramEvidence({ e }: { e: PdsProgramEvidence }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <dl className="facts facts-compact gap-facts">
      <Fact label={t('gaps.program.scale')}>{t(`scale.${e.scale}`)}</Fact>
      <Fact label={t('gaps.program.enrolled')}>{programList(e.enrolled) || '–'}</Fact>
      <Fact label={t('gaps.program.missing')} testId="evidence-missing-programs">
        <strong>{programList(e.missing)}</strong>
      </Fact>
      <Fact label={t('gaps.program.active')}>{formatNumberId(e.activeWorkers, locale)}</Fact>
      {e.missing.includes('JP') && (
        <Fact label={t('gaps.program.pension', { age: e.pensionAge })}>{formatNumberId(e.atPensionAge, locale)}</Fact>
      )}
      <Fact label={t('gaps.program.wageBase')}>{formatRupiah(e.wageBase, locale)}</Fact>
      {e.missing.includes('JP') && (
        <Fact label={t('gaps.program.jpBase', { cap: formatRupiah(e.jpWageCap, locale) })}>{formatRupiah(e.jpBase, locale)}</Fact>
      )}
    </dl>
  );
}

export function PwbdFacts({ e, regencyName }: { e: PwbdEvidence; regencyName: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const sourceName = useSourceName();
  return (
    <dl className="facts facts-compact gap-facts">
      <Fact label={t('gaps.pwbd.listSource')}>{sourceName(e.listSource)}</Fact>
      <Fact label={t('gaps.pwbd.importedAt')}>{formatDateId(e.importedAt, locale)}</Fact>
      <Fact label={t('gaps.pwbd.nib')}>
        <span className="mono">{e.nib ?? '–'}</span>
      </Fact>
      <Fact label={t('gaps.pwbd.npwp')}>
        <span className="mono">{e.npwp ? formatNpwp(e.npwp) : '–'}</span>
      </Fact>
      <Fact label={t('gaps.pwbd.regency')}>{regencyName}</Fact>
      <Fact label={t('gaps.pwbd.workers')}>{e.workers === null ? t('gaps.pwbd.unknown') : formatNumberId(e.workers, locale)}</Fact>
    </dl>
  );
}

/** The evidence of one employer gap, by kind. PWBD has its own panel on the list screen. */
export function GapEvidenceView({ gap }: { gap: Gap }) {
  switch (gap.code) {
    case 'PDS_TK':
      return <TkEvidence e={gap.evidence as PdsTkEvidence} />;
    case 'PDS_UPAH':
      return <UpahEvidence e={gap.evidence as PdsUpahEvidence} />;
    case 'PDS_PROGRAM':
      return <ProgramEvidence e={gap.evidence as PdsProgramEvidence} />;
    case 'PWBD':
      return <PwbdFacts e={gap.evidence as PwbdEvidence} regencyName={gap.regencyCode} />;
    case 'JAKON_TERLAMBAT':
    case 'PROGRAM_LEBIH_KUOTA':
      return <p>{gap.explanation}</p>;
  }
}
