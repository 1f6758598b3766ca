import { AppError } from '../errors/app-error';

/** Signatures of files people pick by mistake instead of the roster: named, so the message can say what it is. */
const KNOWN: readonly { format: string; magic: Buffer }[] = [
  { format: 'PDF', magic: Buffer.from('%PDF-') },
  { format: 'PNG', magic: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
  { format: 'JPEG', magic: Buffer.from([0xff, 0xd8, 0xff]) },
  { format: 'GIF', magic: Buffer.from('GIF8') },
  { format: 'RTF', magic: Buffer.from('{\\rtf') },
];

/** Refuses a known non-spreadsheet (a PDF, a photo of the list) with FILE_NOT_SPREADSHEET instead of "no header row". */
export function refuseNotSpreadsheet(bytes: Buffer): void {
  // A PDF may start after a few bytes of junk (the format allows up to 1 KB before "%PDF-").
  const head = bytes.subarray(0, 1024);
  for (const k of KNOWN) {
    if (k.format === 'PDF' ? head.includes(k.magic) : bytes.subarray(0, k.magic.length).equals(k.magic)) {
      throw new AppError('FILE_NOT_SPREADSHEET', { format: k.format });
    }
  }
}
