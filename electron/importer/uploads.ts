import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../errors/app-error';
import type { UploadReceipt } from '../../shared/import/types';
import type { Db } from '../db/open';
import { IMPORT_LIMITS } from './limits';

/** Uploaded source files live next to the store, in uploads/, and only as long as the import needs them. */
export function uploadsDir(db: Db): string {
  const base = db.name && db.name !== ':memory:' ? path.dirname(path.resolve(db.name)) : path.join(os.tmpdir(), 'sigap');
  return path.join(base, 'uploads');
}

interface UploadMeta {
  fileName: string;
  size: number;
  createdAt: string;
}

const isUploadId = (id: string): boolean => /^[a-f0-9]{32}$/.test(id);

/** Deletes uploads older than the TTL (UU 27/2022: keep source files only as long as needed). */
export function purgeExpiredUploads(db: Db, now: Date): number {
  const dir = uploadsDir(db);
  if (!fs.existsSync(dir)) return 0;
  let removed = 0;
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    const age = now.getTime() - fs.statSync(file).mtimeMs;
    if (age > IMPORT_LIMITS.uploadTtlMs) {
      fs.rmSync(file, { force: true });
      removed++;
    }
  }
  return removed;
}

export function putUpload(db: Db, fileName: string, dataBase64: string, now: Date): UploadReceipt {
  // base64 is 4/3 the size: refuse before decoding a body that is certainly over the limit.
  if (dataBase64.length > Math.ceil((IMPORT_LIMITS.maxFileBytes * 4) / 3) + 4) {
    throw new AppError('FILE_TOO_LARGE', { limit: `${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MB` });
  }
  const bytes = Buffer.from(dataBase64, 'base64');
  if (bytes.length === 0) throw new AppError('FILE_EMPTY');
  purgeExpiredUploads(db, now);
  const dir = uploadsDir(db);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const uploadId = crypto.randomBytes(16).toString('hex');
  const safeName = path.basename(fileName).slice(0, 200);
  fs.writeFileSync(path.join(dir, `${uploadId}.bin`), bytes, { mode: 0o600 });
  const meta: UploadMeta = { fileName: safeName, size: bytes.length, createdAt: now.toISOString() };
  fs.writeFileSync(path.join(dir, `${uploadId}.json`), JSON.stringify(meta), { mode: 0o600 });
  return { uploadId, fileName: safeName, size: bytes.length, expiresAt: new Date(now.getTime() + IMPORT_LIMITS.uploadTtlMs).toISOString() };
}

/** The receipt again, for a wizard reopened from its address; UPLOAD_NOT_FOUND once committed or expired. */
export function uploadInfo(db: Db, uploadId: string): UploadReceipt {
  if (!isUploadId(uploadId)) throw new AppError('UPLOAD_NOT_FOUND');
  try {
    const meta = JSON.parse(fs.readFileSync(path.join(uploadsDir(db), `${uploadId}.json`), 'utf8')) as UploadMeta;
    const expiresAt = new Date(new Date(meta.createdAt).getTime() + IMPORT_LIMITS.uploadTtlMs).toISOString();
    return { uploadId, fileName: meta.fileName, size: meta.size, expiresAt };
  } catch {
    throw new AppError('UPLOAD_NOT_FOUND');
  }
}

export function readUpload(db: Db, uploadId: string): { fileName: string; bytes: Buffer } {
  const dir = uploadsDir(db);
  if (!isUploadId(uploadId)) throw new AppError('UPLOAD_NOT_FOUND');
  try {
    const meta = JSON.parse(fs.readFileSync(path.join(dir, `${uploadId}.json`), 'utf8')) as UploadMeta;
    return { fileName: meta.fileName, bytes: fs.readFileSync(path.join(dir, `${uploadId}.bin`)) };
  } catch {
    throw new AppError('UPLOAD_NOT_FOUND');
  }
}

export function deleteUpload(db: Db, uploadId: string): void {
  if (!isUploadId(uploadId)) return;
  const dir = uploadsDir(db);
  fs.rmSync(path.join(dir, `${uploadId}.bin`), { force: true });
  fs.rmSync(path.join(dir, `${uploadId}.json`), { force: true });
}
