import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JakonProject } from '../../../../shared/segments/segment-types';
import { formatDateShort, formatRupiah } from '../../../../shared/format/id-format';
import { call } from '../../api/client';
import { useLocale } from '../../i18n/use-locale';
import { todayIso } from '../../lib/dates';
import { parseRupiahInput } from '../../lib/rupiah-input';
import { useBannerStore } from '../../stores/banner-store';

/** Construction projects: register one (contribution from the contract-value tiers) and list them with lateness. */
export function JakonScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [projects, setProjects] = useState<JakonProject[] | null>(null);
  const [form, setForm] = useState({ name: '', ownerKind: 'pemerintah', contractorNpp: '', contractValue: '', regencyCode: '', spkDate: todayIso(), startDate: '', endDate: '' });

  const load = useCallback(() => {
    call('jakon-list', {})
      .then(setProjects)
      .catch((err: unknown) => useBannerStore.getState().show(err));
  }, []);
  useEffect(load, [load]);

  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setForm({ ...form, [k]: e.target.value });
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      await call('jakon-save', {
        name: form.name,
        ownerKind: form.ownerKind as 'pemerintah',
        contractorNpp: form.contractorNpp,
        contractValue: parseRupiahInput(form.contractValue) ?? -1,
        regencyCode: form.regencyCode,
        spkDate: form.spkDate,
        ...(form.startDate ? { startDate: form.startDate } : {}),
        endDate: form.endDate || null,
      });
      load();
    } catch (err) {
      useBannerStore.getState().show(err);
    }
  };
  const input = (k: keyof typeof form, label: string, type = 'text') => (
    <div className="field">
      <label htmlFor={`jakon-${k}`}>{label}</label>
      <input id={`jakon-${k}`} type={type} value={form[k]} onChange={set(k)} data-testid={`jakon-${k}`} />
    </div>
  );

  return (
    <section className="screen" aria-labelledby="jakon-title">
      <div className="screen-head">
        <h1 id="jakon-title">{t('segments.jakon.title')}</h1>
      </div>
      <p className="context-line">{t('segments.jakon.intro')}</p>
      <form className="form form-grid" onSubmit={(e) => void save(e)}>
        {input('name', t('segments.jakon.name'))}
        <div className="field">
          <label htmlFor="jakon-owner">{t('segments.jakon.ownerKind')}</label>
          <select id="jakon-owner" value={form.ownerKind} onChange={set('ownerKind')}>
            {(['pemerintah', 'bumn', 'swasta'] as const).map((k) => (
              <option key={k} value={k}>
                {t(`segments.jakon.owner.${k}`)}
              </option>
            ))}
          </select>
        </div>
        {input('contractorNpp', t('segments.jakon.contractor'))}
        {input('contractValue', t('segments.jakon.value'))}
        {input('regencyCode', t('segments.jakon.regency'))}
        {input('spkDate', t('segments.jakon.spkDate'), 'date')}
        {input('startDate', t('segments.jakon.startDate'), 'date')}
        {input('endDate', t('segments.jakon.endDate'), 'date')}
        <button type="submit" className="btn btn-primary" data-testid="jakon-save">
          {t('segments.jakon.save')}
        </button>
      </form>
      {projects && projects.length === 0 && <p className="muted">{t('segments.jakon.none')}</p>}
      {projects && projects.length > 0 && (
        <div className="table-wrap">
          <table className="table" data-testid="jakon-projects">
            <thead>
              <tr>
                <th scope="col">{t('segments.jakon.name')}</th>
                <th scope="col">{t('segments.jakon.contractor')}</th>
                <th scope="col" className="cell-end">{t('segments.jakon.value')}</th>
                <th scope="col" className="cell-end">{t('segments.jakon.jkk')}</th>
                <th scope="col" className="cell-end">{t('segments.jakon.jkm')}</th>
                <th scope="col">{t('segments.jakon.spkDate')}</th>
                <th scope="col">{t('segments.jakon.endDate')}</th>
                <th scope="col" className="cell-end">{t('segments.jakon.workers')}</th>
                <th scope="col" />
              </tr>
            </thead>
            <tbody>
              {projects.map((p) => (
                <tr key={p.id}>
                  <td>{p.name}</td>
                  <td>
                    {p.contractorName} <span className="muted mono">{p.contractorNpp}</span>
                  </td>
                  <td className="cell-end">{formatRupiah(p.contractValue, locale)}</td>
                  <td className="cell-end">{formatRupiah(p.jkk, locale)}</td>
                  <td className="cell-end">{formatRupiah(p.jkm, locale)}</td>
                  <td>{formatDateShort(p.spkDate, locale)}</td>
                  <td>{p.endDate ? formatDateShort(p.endDate, locale) : '–'}</td>
                  <td className="cell-end">{p.workers}</td>
                  <td>
                    {p.late ? (
                      <span className="tag tag-nonaktif">{t('segments.jakon.late', { days: p.workingDaysToRegister })}</span>
                    ) : (
                      <span className="tag tag-aktif">{t('segments.jakon.onTime')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
