import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors/app-error';
import { IMPORT_LIMITS } from '../importer/limits';

/** The bytes of a file named on the command line; a missing or too large file is refused before it is read. */
export function readInputFile(file: string): Buffer {
  let size: number;
  try {
    size = fs.statSync(file).size;
  } catch {
    throw new AppError('FILE_NOT_FOUND', { file: path.basename(file) });
  }
  // Refuse before reading a huge file into memory.
  if (size > IMPORT_LIMITS.maxFileBytes) throw new AppError('FILE_TOO_LARGE', { limit: `${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MB` });
  return fs.readFileSync(file);
}
