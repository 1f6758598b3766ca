import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../../shared/format/id-format';
import { findProvince, findRegion } from '../../../../shared/reference/regions';
import type { NikInfo } from '../../../../shared/validate/nik';
import { useLocale } from '../../i18n/use-locale';

/**
 * What the NIK says while it is typed: the province and regency of issue as soon as their digits are in,
 * then birth date and gender once the whole NIK is valid. The region is where the NIK was issued, never
 * compared with the workplace.
 */
export function NikDecoded({ digits, info }: { digits: string; info: NikInfo | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const province = digits.length >= 2 ? findProvince(digits.slice(0, 2)) : undefined;
  const region = digits.length >= 4 ? findRegion(digits.slice(0, 4)) : undefined;
  if (!province && !info) return null;
  return (
    <dl className="nik-decoded" data-testid="nik-decoded" aria-live="polite">
      {info && (
        <>
          <div>
            <dt>{t('nik.birthDate')}</dt>
            <dd data-testid="nik-birthdate">{formatDateId(info.birthDate, locale)}</dd>
          </div>
          <div>
            <dt>{t('nik.gender')}</dt>
            <dd data-testid="nik-gender">{t(`gender.${info.gender}`)}</dd>
          </div>
        </>
      )}
      <div>
        <dt>{t('nik.issuedIn')}</dt>
        <dd data-testid="nik-region">
          {[region?.name ?? info?.region?.name, province?.name ?? info?.province?.name].filter(Boolean).join(', ') || '–'}
          {region?.legacy && <span className="muted"> ({t('nik.legacyCode')})</span>}
        </dd>
      </div>
    </dl>
  );
}
