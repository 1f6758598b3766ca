/**
 * The largest file an import takes (upload or CLI), the one figure the backend, the API schema and the screens
 * use. The largest real rosters seen (a few thousand rows) are < 2 MB; 100,000 rows × 7 columns as xlsx is
 * ≈ 5 MB, as CSV ≈ 8 MB. 25 MB leaves room for styled files.
 */
export const MAX_UPLOAD_BYTES = 25 * 1024 * 1024;

/** The same limit as base64 text (4 characters per 3 bytes), plus slack for padding. */
export const MAX_UPLOAD_BASE64 = Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 1024;
