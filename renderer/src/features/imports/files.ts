import type { FileDownload } from '../../../../shared/import/types';

/** Largest upload the backend takes (IMPORT_LIMITS.maxFileBytes); checked here too, before 25 MB crosses the bridge. */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/** A file's bytes as base64, in chunks: spreading 25 MB into one String.fromCharCode call overflows the stack. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Hands a backend-made file to the browser's download (also Electron's, which asks where to save it). */
export function saveDownload(file: FileDownload): void {
  const binary = atob(file.dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The click has started the download; the URL only has to outlive this task.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function formatBytes(size: number, locale: 'id' | 'en'): string {
  const fmt = (n: number) => n.toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 });
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${fmt(size / 1024)} KB`;
  return `${fmt(size / 1024 / 1024)} MB`;
}
