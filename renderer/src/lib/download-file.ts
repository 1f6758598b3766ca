import type { FileDownload } from '../../../shared/import/types';

/** Hands a file the backend built to the browser's (or Electron's) download, without a round trip through a URL. */
export function downloadFile(file: FileDownload): void {
  const binary = atob(file.dataBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: revoking at once can cancel the download before it has started.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
