import { useTranslation } from 'react-i18next';
import type { WorkerDetail } from '../../../../shared/domain/worker';
import { formatDateId } from '../../../../shared/format/id-format';
import { useLocale } from '../../i18n/use-locale';
import { useNavStore } from '../../stores/nav-store';

/** The person behind a NIK the store already knows, with where they are active now. */
export function KnownPerson({ person, npp }: { person: WorkerDetail; npp: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavStore((s) => s.navigate);
  const active = person.memberships.filter((m) => m.status === 'aktif');
  const here = active.find((m) => m.npp === npp);
  return (
    <div className={`known-person${here ? ' is-warning' : ''}`} data-testid="nik-known" role="status">
      <p>
        <strong>{t('nik.known')}</strong> {person.name} · {formatDateId(person.birthDate, locale)} · {t(`gender.${person.gender}`)}
      </p>
      {active.length > 0 ? (
        <p>
          {t('nik.activeAt', { employers: active.map((m) => `${m.employerName} (${m.npp})`).join('; ') })}
        </p>
      ) : (
        <p>{t('nik.noActive')}</p>
      )}
      {here && (
        <p className="msg msg-warning">
          {t('nik.alreadyHere')}{' '}
          <button type="button" className="link" onClick={() => navigate({ name: 'worker-detail', nik: person.nik })} data-testid="open-existing">
            {t('lifecycle.editExisting')}
          </button>
        </p>
      )}
    </div>
  );
}
