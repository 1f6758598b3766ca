/** Largest upload the backend takes; checked here too, before the file crosses the bridge. */
export { MAX_UPLOAD_BYTES } from '../../../../shared/import/upload-limit';

export function formatBytes(size: number, locale: 'id' | 'en'): string {
  const fmt = (n: number) => n.toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 });
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${fmt(size / 1024)} KB`;
  return `${fmt(size / 1024 / 1024)} MB`;
}
