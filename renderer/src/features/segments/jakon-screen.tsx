import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JakonProject } from '../../../../shared/segments/segment-types';
import { formatDateShort, formatRupiah } from '../../../../shared/format/id-format';
import { call } from '../../api/client';
import { DateInput } from '../../components/date-input';
import { useLocale } from '../../i18n/use-locale';
import { todayIso } from '../../lib/dates';
import { parseRupiahInput } from '../../lib/rupiah-input';
import { useBannerStore } from '../../stores/banner-store';
import { useNavStore } from '../../stores/nav-store';
import { useReferenceStore } from '../../stores/reference-store';
import { RegionSelect } from '../employers/region-select';
import { JakonDetail } from './jakon-detail';

const EMPTY = { name: '', ownerKind: 'pemerintah', contractorNpp: '', contractValue: '', regencyCode: '', spkDate: todayIso(), startDate: '', endDate: '' };
type DateKey = 'spkDate' | 'startDate' | 'endDate';

/** Construction projects: the list with lateness, one project's page (roster import, workers), a new project. */
export function JakonScreen({ initial }: { initial: number | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [projects, setProjects] = useState<JakonProject[] | null>(null);
  // The open project is in the address (#/jakon?id=7): a reload, Back and a link from the gap list land on it.
  const open = initial;
  const navigate = useNavStore((s) => s.navigate);
  const setOpen = (id: number) => navigate({ name: 'jakon', id });
  const [form, setForm] = useState(EMPTY);
  const loadReference = useReferenceStore((s) => s.load);

  const load = useCallback(() => {
    call('jakon-list', {})
      .then(setProjects)
      .catch((err: unknown) => useBannerStore.getState().show(err));
  }, []);
  useEffect(load, [load]);
  useEffect(() => void loadReference(), [loadReference]);

  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => setForm({ ...form, [k]: e.target.value });
  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      const r = await call('jakon-save', {
        name: form.name,
        ownerKind: form.ownerKind as 'pemerintah',
        contractorNpp: form.contractorNpp,
        contractValue: parseRupiahInput(form.contractValue) ?? -1,
        regencyCode: form.regencyCode,
        spkDate: form.spkDate,
        ...(form.startDate ? { startDate: form.startDate } : {}),
        endDate: form.endDate || null,
      });
      setForm(EMPTY);
      load();
      setOpen(r.id);
    } catch (err) {
      useBannerStore.getState().show(err);
    }
  };
  const input = (k: keyof typeof form, label: string) => (
    <div className="field">
      <label htmlFor={`jakon-${k}`}>{label}</label>
      <input id={`jakon-${k}`} type="text" value={form[k]} onChange={set(k)} data-testid={`jakon-${k}`} />
    </div>
  );
  // Typed day first ("22/11/2026", "22 November 2026"), as on the employer and enrolment forms.
  const date = (k: DateKey, label: string) => (
    <div className="field">
      <label htmlFor={`jakon-${k}`}>{label}</label>
      <DateInput id={`jakon-${k}`} value={form[k]} onValueChange={(v) => setForm((f) => ({ ...f, [k]: v }))} data-testid={`jakon-${k}`} />
    </div>
  );

  return (
    <section className="screen screen-page" aria-labelledby="jakon-title">
      <div className="screen-head">
        <h1 id="jakon-title">{t('segments.jakon.title')}</h1>
      </div>
      <p className="context-line">{t('segments.jakon.intro')}</p>
      {projects && projects.length === 0 && <p className="muted">{t('segments.jakon.none')}</p>}
      {projects && projects.length > 0 && (
        <div className="table-wrap">
          <table className="table" data-testid="jakon-projects">
            <thead>
              <tr>
                <th scope="col">{t('segments.jakon.name')}</th>
                <th scope="col">{t('segments.jakonRoster.contractorName')}</th>
                <th scope="col" className="cell-end">{t('segments.jakonRoster.valueShort')}</th>
                <th scope="col" className="cell-end">{t('segments.jakonRoster.contribution')}</th>
                <th scope="col">{t('segments.jakon.spkDate')}</th>
                <th scope="col">{t('segments.jakonRoster.period')}</th>
                <th scope="col" className="cell-end">{t('segments.jakon.workers')}</th>
                <th scope="col">{t('segments.jakonRoster.registration')}</th>
              </tr>
            </thead>
            <tbody>
              {projects.map((p) => (
                <tr key={p.id} className={`row-link${open === p.id ? ' is-selected' : ''}`} onClick={() => setOpen(p.id)} data-testid="jakon-row">
                  <td>
                    <button type="button" className="link" onClick={() => setOpen(p.id)}>
                      {p.name}
                    </button>
                  </td>
                  <td>
                    {p.contractorName} <span className="muted mono">{p.contractorNpp}</span>
                  </td>
                  <td className="cell-end">{formatRupiah(p.contractValue, locale)}</td>
                  <td className="cell-end" title={`${t('segments.jakon.jkk')} ${formatRupiah(p.jkk, locale)} + ${t('segments.jakon.jkm')} ${formatRupiah(p.jkm, locale)}`}>
                    {formatRupiah(p.jkk + p.jkm, locale)}
                  </td>
                  <td className="cell-nowrap">{formatDateShort(p.spkDate, locale)}</td>
                  <td className="cell-nowrap">
                    {formatDateShort(p.startDate, locale)} – {p.endDate ? formatDateShort(p.endDate, locale) : '…'}
                    {p.closedAt && <span className="muted"> ({t('segments.jakonRoster.ended')})</span>}
                  </td>
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
      {open !== null && <JakonDetail key={open} id={open} onChanged={load} />}
      {projects && (
        <details open={projects.length === 0}>
          <summary data-testid="jakon-new">{t('segments.jakonRoster.newProject')}</summary>
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
            <div className="field">
              <label htmlFor="jakon-regencyCode">{t('segments.jakon.regency')}</label>
              <RegionSelect
                id="jakon-regencyCode"
                value={form.regencyCode}
                onChange={(code) => setForm((f) => ({ ...f, regencyCode: code }))}
                allowLegacy={false}
                issues={[]}
              />
            </div>
            {date('spkDate', t('segments.jakon.spkDate'))}
            {date('startDate', t('segments.jakon.startDate'))}
            {date('endDate', t('segments.jakon.endDate'))}
            <div className="span-3 button-row">
              <button type="submit" className="btn btn-primary" data-testid="jakon-save">
                {t('segments.jakon.save')}
              </button>
            </div>
          </form>
        </details>
      )}
    </section>
  );
}
