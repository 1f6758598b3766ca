import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/use-locale';
import { formatBytes } from './files';

export interface Sent {
  sent: number;
  total: number;
}

/** The file on its way to the host: bytes sent of the whole, as the browser reports them, and the percentage. */
export function UploadProgress({ name, sent }: { name: string; sent: Sent | null }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const known = sent !== null && sent.total > 0;
  const percent = known ? Math.floor((sent.sent * 100) / sent.total) : null;
  const label = known
    ? t('imports.file.sending', { name, sent: formatBytes(sent.sent, locale), total: formatBytes(sent.total, locale), percent })
    : t('imports.file.preparing', { name });
  return (
    <div className="import-progress" role="status" data-testid="import-upload-progress" data-sent={sent?.sent ?? ''} data-total={sent?.total ?? ''}>
      <progress max={known ? sent.total : undefined} value={known ? sent.sent : undefined} aria-label={label} />
      <span data-testid="import-upload-progress-label">{label}</span>
    </div>
  );
}
