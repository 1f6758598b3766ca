/** Largest upload the backend takes; checked here too, before the file crosses the bridge. */
export { MAX_UPLOAD_BYTES } from '../../../../shared/import/upload-limit';

/** A file's bytes as base64, in chunks: spreading 25 MB into one String.fromCharCode call overflows the stack. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function formatBytes(size: number, locale: 'id' | 'en'): string {
  const fmt = (n: number) => n.toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 });
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${fmt(size / 1024)} KB`;
  return `${fmt(size / 1024 / 1024)} MB`;
}
