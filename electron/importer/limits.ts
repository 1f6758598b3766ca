import { MAX_UPLOAD_BYTES } from '../../shared/import/upload-limit';

/**
 * Every limit the importer enforces, in one place, with the reason for each number. A file over a limit is
 * refused with a coded error before it can cost much time or memory, and nothing is written.
 */
export const IMPORT_LIMITS = {
  /** An upload or a file named on the CLI (the reason is with the figure, in shared/import/upload-limit). */
  maxFileBytes: MAX_UPLOAD_BYTES,
  /** Uncompressed size of one zip entry (a sheet's XML). 100,000 rows × 7 columns is ≈ 30 MB of XML;
   *  SheetJS holds the XML as a string plus its parsed cells, so this bounds the worker's memory. */
  maxEntryBytes: 160 * 1024 * 1024,
  /** Sum of all entries' uncompressed sizes. */
  maxTotalUncompressedBytes: 320 * 1024 * 1024,
  /** Sheet XML compresses 5–20×; hundreds × is a zip bomb. Only checked for entries over 1 MB, where it matters. */
  maxCompressionRatio: 200,
  ratioCheckFromBytes: 1024 * 1024,
  maxZipEntries: 2_000,
  /** Rows and columns a sheet may declare (its dimension) or hold. The desk imports one employer's roster
   *  or one branch's employer list; 200,000 rows is twice the benchmark. */
  maxRows: 200_000,
  maxColumns: 256,
  /** Header detection scans this many rows from the top (title rows and merged titles sit above the header). */
  headerScanRows: 30,
  /** Rows shown under the header on the confirmation screen. */
  sampleRows: 10,
  /** A parse that takes longer is stopped (a benchmark-size file takes a few seconds). */
  workerTimeoutMs: 120_000,
  /** The worker's V8 heap: beyond this the worker dies instead of the app. */
  workerHeapMb: 1024,
  /** UU 27/2022: an uploaded source file holds NIKs and wages; keep it no longer than the work needs. */
  uploadTtlMs: 24 * 3600_000,
  /** Issues returned per page by the preview handler. */
  maxIssuesPerPage: 1_000,
} as const;
