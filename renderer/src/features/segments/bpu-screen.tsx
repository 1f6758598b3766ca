import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BpuContribution } from '../../../../shared/segments/bpu';
import { formatRupiah } from '../../../../shared/format/id-format';
import { call } from '../../api/client';
import { DateInput } from '../../components/date-input';
import { useLocale } from '../../i18n/use-locale';
import { todayIso } from '../../lib/dates';
import { parseRupiahInput } from '../../lib/rupiah-input';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { useBannerStore } from '../../stores/banner-store';

/** BPU enrolment at the desk: the contribution and its basis are shown before anything is saved. */
export function BpuScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [form, setForm] = useState({ nik: '', name: '', birthDate: '', occupation: '', income: '1.000.000', jht: false, interval: 1, wadah: '', startDate: todayIso() });
  const [quote, setQuote] = useState<BpuContribution | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const income = parseRupiahInput(form.income);
  const terms = useDebouncedValue(JSON.stringify({ income, jht: form.jht, interval: form.interval, startDate: form.startDate }), 250);

  useEffect(() => {
    const a = JSON.parse(terms) as { income: number | null; jht: boolean; interval: number; startDate: string };
    if (a.income === null) return setQuote(null);
    let live = true;
    call('bpu-quote', { income: a.income, programs: a.jht ? ['JKK', 'JKM', 'JHT'] : ['JKK', 'JKM'], intervalMonths: a.interval, startDate: a.startDate })
      .then((q) => live && setQuote(q))
      .catch(() => live && setQuote(null));
    return () => {
      live = false;
    };
  }, [terms]);

  const set = (k: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setForm({ ...form, [k]: e.target.type === 'checkbox' ? (e.target as HTMLInputElement).checked : k === 'interval' ? Number(e.target.value) : e.target.value });

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setSaved(null);
    try {
      const r = await call('bpu-enrol', {
        worker: { nik: form.nik, name: form.name, birthDate: form.birthDate },
        occupation: form.occupation,
        income: income ?? -1,
        programs: form.jht ? ['JKK', 'JKM', 'JHT'] : ['JKK', 'JKM'],
        intervalMonths: form.interval,
        wadah: form.wadah || null,
        startDate: form.startDate,
      });
      setSaved(
        [t('segments.bpu.saved', { id: r.id }), r.alsoPu.length ? t('segments.bpu.alsoPu', { employers: r.alsoPu.map((p) => p.employerName).join(', ') }) : '']
          .filter(Boolean)
          .join(' '),
      );
    } catch (err) {
      useBannerStore.getState().show(err);
    }
  };

  const input = (k: keyof typeof form, label: string) => (
    <div className="field">
      <label htmlFor={`bpu-${k}`}>{label}</label>
      <input id={`bpu-${k}`} type="text" value={String(form[k])} onChange={set(k)} data-testid={`bpu-${k}`} />
    </div>
  );
  // Typed day first ("22/11/2026", "22 November 2026"), as on the employer and enrolment forms.
  const date = (k: 'birthDate' | 'startDate', label: string, bounds: { max?: string } = {}) => (
    <div className="field">
      <label htmlFor={`bpu-${k}`}>{label}</label>
      <DateInput id={`bpu-${k}`} value={form[k]} onValueChange={(v) => setForm((f) => ({ ...f, [k]: v }))} data-testid={`bpu-${k}`} {...bounds} />
    </div>
  );

  return (
    <section className="screen screen-page" aria-labelledby="bpu-title">
      <div className="screen-head">
        <h1 id="bpu-title">{t('segments.bpu.title')}</h1>
      </div>
      <p className="context-line">{t('segments.bpu.intro')}</p>
      <form className="form form-grid" onSubmit={(e) => void save(e)}>
        {input('nik', t('segments.bpu.nik'))}
        {input('name', t('segments.bpu.name'))}
        {date('birthDate', t('segments.bpu.birthDate'), { max: todayIso() })}
        {input('occupation', t('segments.bpu.occupation'))}
        {input('income', t('segments.bpu.income'))}
        <div className="field">
          <label>
            <input type="checkbox" checked={form.jht} onChange={set('jht')} data-testid="bpu-jht" /> {t('segments.bpu.jht')}
          </label>
        </div>
        <div className="field">
          <label htmlFor="bpu-interval">{t('segments.bpu.interval')}</label>
          <select id="bpu-interval" value={form.interval} onChange={set('interval')}>
            {[1, 3, 6, 12].map((n) => (
              <option key={n} value={n}>
                {t('segments.bpu.intervalMonths', { count: n })}
              </option>
            ))}
          </select>
        </div>
        {input('wadah', t('segments.bpu.wadah'))}
        {date('startDate', t('segments.bpu.startDate'))}
        <div className="span-3">
        <h2 className="section-title">{t('segments.bpu.contribution')}</h2>
        {quote ? (
          <table className="table table-quote" data-testid="bpu-quote">
            <tbody>
              {quote.lines.map((l) => (
                <tr key={l.program}>
                  <td>{l.program}</td>
                  <td className="muted">{l.basis}</td>
                  <td className="cell-end">{formatRupiah(l.amount, locale)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('segments.bpu.perMonth')}</th>
                <td />
                <td className="cell-end" data-testid="bpu-monthly">{formatRupiah(quote.monthly, locale)}</td>
              </tr>
              <tr>
                <th scope="row">{t('segments.bpu.perPayment', { count: quote.intervalMonths })}</th>
                <td />
                <td className="cell-end">{formatRupiah(quote.perPayment, locale)}</td>
              </tr>
            </tbody>
          </table>
        ) : (
          <p className="muted">–</p>
        )}
        {quote && <p className="muted">{t('segments.bpu.basis')}: {quote.basis}</p>}
        </div>
        <div className="span-3 button-row">
          <button type="submit" className="btn btn-primary" data-testid="bpu-save">
            {t('segments.bpu.save')}
          </button>
        </div>
        {saved && (
          <p role="status" data-testid="bpu-saved">
            {saved}
          </p>
        )}
      </form>
    </section>
  );
}
