import * as XLSX from 'xlsx';
import { AppError } from '../errors/app-error';
import { IMPORT_LIMITS } from './limits';
import { refuseNotSpreadsheet } from './not-spreadsheet';

export type Container = 'zip' | 'cfb' | 'text';

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Where the entry's local header starts. */
  localOffset: number;
}

const ZIP_LOCAL = 0x04034b50;
const ZIP_EOCD = 0x06054b50;
const ZIP_CENTRAL = 0x02014b50;

/** What kind of file this is, from its first bytes. Anything that is neither zip nor CFB must be text to be a CSV. */
export function sniffContainer(bytes: Buffer): Container {
  if (bytes.length === 0) throw new AppError('FILE_EMPTY');
  refuseNotSpreadsheet(bytes);
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === ZIP_LOCAL) return 'zip';
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'cfb';
  const head = bytes.subarray(0, 4096);
  // Text: no NUL bytes and mostly printable. A binary that is not a workbook ends here.
  if (head.includes(0)) throw new AppError('FILE_UNREADABLE', { reason: 'format' });
  return 'text';
}

/**
 * Reads the zip's central directory (it is small) and refuses the file before anything is inflated when the
 * declared sizes are beyond the limits. A zip that lies about its sizes is still stopped by the worker's
 * heap limit and timeout.
 */
export function inspectZip(bytes: Buffer): ZipEntry[] {
  const searchFrom = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= searchFrom; i--) {
    if (bytes.readUInt32LE(i) === ZIP_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new AppError('FILE_UNREADABLE', { reason: 'truncated' });
  const count = bytes.readUInt16LE(eocd + 10);
  const cdSize = bytes.readUInt32LE(eocd + 12);
  const cdOffset = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new AppError('FILE_TOO_LARGE', { limit: 'zip64' });
  if (count > IMPORT_LIMITS.maxZipEntries) throw new AppError('FILE_TOO_LARGE', { limit: `${IMPORT_LIMITS.maxZipEntries} entries` });
  if (cdOffset + cdSize > eocd) throw new AppError('FILE_UNREADABLE', { reason: 'truncated' });

  const entries: ZipEntry[] = [];
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || bytes.readUInt32LE(p) !== ZIP_CENTRAL) throw new AppError('FILE_UNREADABLE', { reason: 'truncated' });
    const method = bytes.readUInt16LE(p + 10);
    const compressedSize = bytes.readUInt32LE(p + 20);
    const uncompressedSize = bytes.readUInt32LE(p + 24);
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    const localOffset = bytes.readUInt32LE(p + 42);
    const name = bytes.toString('utf8', p + 46, p + 46 + nameLength);
    if (localOffset + compressedSize > cdOffset) throw new AppError('FILE_UNREADABLE', { reason: 'truncated' });
    if (uncompressedSize === 0xffffffff || uncompressedSize > IMPORT_LIMITS.maxEntryBytes) {
      throw new AppError('FILE_TOO_LARGE', { limit: `${IMPORT_LIMITS.maxEntryBytes / 1024 / 1024} MB per part` });
    }
    if (
      uncompressedSize > IMPORT_LIMITS.ratioCheckFromBytes &&
      uncompressedSize / Math.max(1, compressedSize) > IMPORT_LIMITS.maxCompressionRatio
    ) {
      throw new AppError('FILE_TOO_LARGE', { limit: `compression ${IMPORT_LIMITS.maxCompressionRatio}×` });
    }
    total += uncompressedSize;
    if (total > IMPORT_LIMITS.maxTotalUncompressedBytes) {
      throw new AppError('FILE_TOO_LARGE', { limit: `${IMPORT_LIMITS.maxTotalUncompressedBytes / 1024 / 1024} MB uncompressed` });
    }
    entries.push({ name, compressedSize, uncompressedSize, method, localOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An xlsx saved with a password is a CFB container holding EncryptionInfo + EncryptedPackage. */
export function isEncryptedCfb(bytes: Buffer): boolean {
  try {
    const cfb = XLSX.CFB.read(bytes, { type: 'buffer' });
    return Boolean(XLSX.CFB.find(cfb, 'EncryptionInfo') || XLSX.CFB.find(cfb, 'EncryptedPackage'));
  } catch {
    throw new AppError('FILE_UNREADABLE', { reason: 'truncated' });
  }
}

export const hasMacros = (entries: readonly ZipEntry[]): boolean => entries.some((e) => /vbaProject\.bin$/i.test(e.name));
