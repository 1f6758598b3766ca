import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundedProgramme } from '../../../../shared/segments/segment-types';
import { formatPeriod, formatRupiah } from '../../../../shared/format/id-format';
import { call } from '../../api/client';
import { MonthInput } from '../../components/month-input';
import { useLocale } from '../../i18n/use-locale';
import { useBannerStore } from '../../stores/banner-store';
import { useNavStore } from '../../stores/nav-store';
import { ProgrammeDetail } from './programme-detail';

const year = new Date().getFullYear();

/** Funded programmes (pekerja rentan, APBD): the list, a new programme, and one programme's page. */
export function ProgrammesScreen({ initial }: { initial: number | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [list, setList] = useState<FundedProgramme[] | null>(null);
  // The open programme is in the address (#/program-rentan?id=3): a reload, Back and a link from the gap list land on it.
  const open = initial;
  const navigate = useNavStore((s) => s.navigate);
  const setOpen = (id: number) => navigate({ name: 'programmes', id });
  const [form, setForm] = useState({ funderCode: '', funderName: '', year: String(year), name: '', tranche: 'murni', monthFrom: `${year}-01`, monthTo: `${year}-12`, quota: '', monthly: '16800' });

  const load = useCallback(() => {
    call('programmes-list', {})
      .then(setList)
      .catch((err: unknown) => useBannerStore.getState().show(err));
  }, []);
  useEffect(load, [load]);

  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setForm({ ...form, [k]: e.target.value });
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      const p = await call('programmes-save', {
        funderCode: form.funderCode,
        funderName: form.funderName || undefined,
        year: Number(form.year),
        name: form.name,
        tranche: form.tranche as 'murni',
        monthFrom: form.monthFrom,
        monthTo: form.monthTo,
        quota: Number(form.quota),
        monthlyContribution: Number(form.monthly),
      });
      load();
      setOpen(p.id);
    } catch (err) {
      useBannerStore.getState().show(err);
    }
  };
  const input = (k: keyof typeof form, label: string) => (
    <div className="field">
      <label htmlFor={`prog-${k}`}>{label}</label>
      <input id={`prog-${k}`} type="text" value={form[k]} onChange={set(k)} data-testid={`prog-${k}`} />
    </div>
  );
  // Typed as on the contribution-month fields elsewhere ("03-2026", "Maret 2026").
  const month = (k: 'monthFrom' | 'monthTo', label: string) => (
    <div className="field">
      <label htmlFor={`prog-${k}`}>{label}</label>
      <MonthInput id={`prog-${k}`} value={form[k]} onValueChange={(v) => setForm((f) => ({ ...f, [k]: v }))} data-testid={`prog-${k}`} />
    </div>
  );

  return (
    <section className="screen screen-page" aria-labelledby="programmes-title">
      <div className="screen-head">
        <h1 id="programmes-title">{t('segments.programmes.title')}</h1>
      </div>
      <p className="context-line">{t('segments.programmes.intro')}</p>
      {list && list.length === 0 && <p className="muted">{t('segments.programmes.none')}</p>}
      {list && list.length > 0 && (
        <div className="table-wrap">
          <table className="table" data-testid="programmes">
            <thead>
              <tr>
                <th scope="col">{t('segments.programmes.year')}</th>
                <th scope="col">{t('segments.programmes.funder')}</th>
                <th scope="col">{t('segments.programmes.name')}</th>
                <th scope="col">{t('segments.programmes.months')}</th>
                <th scope="col" className="cell-end">{t('segments.programmes.quotaUsed')}</th>
                <th scope="col" className="cell-end">{t('segments.programmes.bill')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((p) => (
                <tr key={p.id} className="row-link" onClick={() => setOpen(p.id)} data-testid="programme-row">
                  <td>{p.year}</td>
                  <td>{p.funderName}</td>
                  <td>
                    <button type="button" className="link" onClick={() => setOpen(p.id)}>
                      {p.name}
                    </button>
                  </td>
                  <td className="cell-nowrap">
                    {formatPeriod(p.monthFrom, locale)} – {formatPeriod(p.monthTo, locale)}
                  </td>
                  <td className={`cell-end${p.members > p.quota ? ' text-error' : ''}`}>
                    {p.members.toLocaleString('id-ID')} / {p.quota.toLocaleString('id-ID')}
                  </td>
                  <td className="cell-end">{formatRupiah(p.members * p.monthlyContribution, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open !== null && <ProgrammeDetail key={open} id={open} onChanged={load} />}
      <details>
        <summary>{t('segments.programmes.add')}</summary>
        <form className="form form-grid" onSubmit={(e) => void save(e)}>
          {input('funderCode', t('segments.programmes.funderCode'))}
          {input('funderName', t('segments.programmes.funderName'))}
          {input('year', t('segments.programmes.year'))}
          {input('name', t('segments.programmes.name'))}
          <div className="field">
            <label htmlFor="prog-tranche">{t('segments.programmes.tranche')}</label>
            <select id="prog-tranche" value={form.tranche} onChange={set('tranche')}>
              <option value="murni">{t('segments.programmes.trancheMurni')}</option>
              <option value="perubahan">{t('segments.programmes.tranchePerubahan')}</option>
            </select>
          </div>
          {month('monthFrom', t('segments.programmes.monthFrom'))}
          {month('monthTo', t('segments.programmes.monthTo'))}
          {input('quota', t('segments.programmes.quota'))}
          {input('monthly', t('segments.programmes.monthly'))}
          <button type="submit" className="btn btn-primary" data-testid="prog-save">
            {t('segments.programmes.save')}
          </button>
        </form>
      </details>
    </section>
  );
}
