import type { z } from 'zod';
import type { payrollRowSchema, prospectRowSchema } from '../../shared/api/gap-schemas';
import { companyNameKey } from '../../shared/gaps/company-name';
import type { ImportSkip, PayrollImportResult, ProspectImportResult } from '../../shared/gaps/gap-api-types';
import type { ProspectSource } from '../../shared/gaps/gap-types';
import { buildMatchIndex, matchProspect } from '../../shared/gaps/prospect-match';
import { normaliseRegionCode } from '../../shared/reference/regions';
import { normaliseNib, validateNib } from '../../shared/validate/nib';
import { validateNik } from '../../shared/validate/nik';
import { normaliseNpwp, npwp16, validateNpwp } from '../../shared/validate/npwp';
import { AppError } from '../errors/app-error';
import type { Db } from '../db/open';
import { nowIso, stmt } from '../db/statements';
import type { EmployerRow } from './scan-employers';

type ProspectRow = z.output<typeof prospectRowSchema>;
type PayrollRow = z.output<typeof payrollRowSchema>;

const regionWords = (name: string): string =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/^(kabupaten|kab|kota|kotamadya)\s+/, '')
    .trim();

/** "64.71", "6471", "Kota Balikpapan", "Kab. Paser", "balikpapan" → the current regency code, or null. */
export function regencyResolver(db: Db): (text: string) => string | null {
  const rows = stmt(db, 'SELECT code, name, kind, successor_code AS successor FROM regions').all() as {
    code: string;
    name: string;
    kind: string;
    successor: string | null;
  }[];
  const byCode = new Map(rows.map((r) => [r.code, r.successor ?? r.code]));
  const byName = new Map<string, string>();
  for (const r of rows.filter((x) => !x.successor)) {
    byName.set(r.name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim(), r.code);
    byName.set(`${r.kind} ${regionWords(r.name)}`, r.code);
    // A bare name is ambiguous only where a regency and a city share it (none in Kalimantan); the city wins.
    if (r.kind === 'kota' || !byName.has(regionWords(r.name))) byName.set(regionWords(r.name), r.code);
  }
  return (text) => {
    const code = normaliseRegionCode(text);
    if (code && code.length >= 5) return byCode.get(code.slice(0, 5)) ?? null;
    const words = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim().replace(/^kab\s/, 'kabupaten ');
    return byName.get(words) ?? byName.get(regionWords(text)) ?? null;
  };
}

const registered = (db: Db) =>
  stmt(db, 'SELECT npp, name, nib, npwp, regency_code AS regencyCode FROM employers').all() as Pick<
    EmployerRow,
    'npp' | 'name' | 'nib' | 'npwp' | 'regencyCode'
  >[];

/**
 * Stores an outside list (PTSP, OSS, WLKP). Rows that match a registered employer are kept too (a later
 * link or unlink may change that) and, when they carry a worker count, that count becomes the employer's
 * latest known headcount for PDS TK.
 */
export function importProspects(
  db: Db,
  input: { source: ProspectSource; fileName: string; rows: ProspectRow[]; listImportId?: number },
  today: Date,
): ProspectImportResult {
  const resolve = regencyResolver(db);
  const index = buildMatchIndex(registered(db));
  const now = nowIso();
  const reportedOn = today.toISOString().slice(0, 10);
  const listImportId = input.listImportId ?? null;
  const result: ProspectImportResult = {
    source: input.source,
    fileName: input.fileName,
    received: input.rows.length,
    imported: 0,
    matched: { NIB: 0, NPWP: 0, NAMA: 0 },
    pwbd: 0,
    headcountsRecorded: 0,
    skipped: [],
  };
  const insert = stmt(
    db,
    `INSERT INTO prospects (name, name_key, nib, npwp, npwp16, regency_code, workers, address, source, source_file, imported_at, list_import_id)
     VALUES (@name, @key, @nib, @npwp, @npwp16, @regency, @workers, @address, @source, @file, @now, @listImportId)`,
  );
  const headcount = stmt(
    db,
    `INSERT INTO headcount_reports (npp, headcount, source, reported_on, entered_at, author, list_import_id)
     VALUES (@npp, @headcount, @source, @reportedOn, @now, 'import', @listImportId)`,
  );
  db.transaction(() => {
    input.rows.forEach((r, i) => {
      const row = r.row ?? i + 1;
      const skip = (code: string, detail: string) => result.skipped.push({ row, code, detail });
      const regency = resolve(r.regency);
      if (!regency) return skip('REGION_UNKNOWN', r.regency);
      const nib = r.nib ? normaliseNib(r.nib) : null;
      if (nib && validateNib(nib).length) return skip('NIB_FORMAT', nib);
      const npwp = r.npwp ? normaliseNpwp(r.npwp) : null;
      if (npwp && validateNpwp(npwp).some((x) => x.severity === 'error')) return skip('NPWP_FORMAT', npwp);
      insert.run({
        name: r.name,
        key: companyNameKey(r.name),
        nib,
        npwp,
        npwp16: npwp ? npwp16(npwp) : null,
        regency,
        workers: r.workers,
        address: r.address,
        source: input.source,
        file: input.fileName,
        now,
        listImportId,
      });
      result.imported++;
      const match = matchProspect({ name: r.name, nib, npwp, regencyCode: regency }, index);
      if (!match.matchedBy) {
        result.pwbd++;
        return;
      }
      result.matched[match.matchedBy]++;
      if (r.workers !== null && input.source !== 'LAINNYA') {
        headcount.run({ npp: match.npp, headcount: r.workers, source: input.source, reportedOn, now, listImportId });
        result.headcountsRecorded++;
      }
    });
  }).immediate();
  return result;
}

export function linkProspect(db: Db, prospectId: number, npp: string, author: string) {
  const exists = stmt(db, 'SELECT 1 FROM prospects WHERE id = ?').get(prospectId);
  if (!exists) throw new AppError('PROSPECT_NOT_FOUND', { id: prospectId });
  if (!stmt(db, 'SELECT 1 FROM employers WHERE npp = ?').get(npp)) throw new AppError('EMPLOYER_NOT_FOUND', { npp });
  const linkedAt = nowIso();
  stmt(
    db,
    `INSERT INTO prospect_links (prospect_id, npp, linked_at, author) VALUES (?, ?, ?, ?)
     ON CONFLICT (prospect_id) DO UPDATE SET npp = excluded.npp, linked_at = excluded.linked_at, author = excluded.author`,
  ).run(prospectId, npp, linkedAt, author);
  return { prospectId, npp, linkedAt, author };
}

/**
 * Stores one employer's payroll for a month (replacing an earlier import of the same month) and records
 * the number of people on it as the employer's latest known headcount.
 */
export function importPayroll(
  db: Db,
  input: { npp: string; period: string; fileName: string; rows: PayrollRow[]; listImportId?: number },
  today: Date,
): PayrollImportResult {
  if (!stmt(db, 'SELECT 1 FROM employers WHERE npp = ?').get(input.npp)) {
    throw new AppError('EMPLOYER_NOT_FOUND', { npp: input.npp });
  }
  const skipped: ImportSkip[] = [];
  const lines = new Map<string, PayrollRow>();
  input.rows.forEach((r, i) => {
    const row = r.row ?? i + 1;
    const nik = r.nik.replace(/[\s.'-]/g, '');
    // Only the shape is checked here: a payroll NIK that is wrong simply matches no participant.
    if (validateNik(nik, { today }).some((x) => x.code === 'NIK_FORMAT' || x.code === 'NIK_SERIAL_ZERO' || x.code === 'NIK_PLACEHOLDER')) {
      skipped.push({ row, code: 'NIK_FORMAT', detail: `${nik.length} digit` });
      return;
    }
    // One line per person: a split payslip (two lines for one NIK) adds up.
    const held = lines.get(nik);
    lines.set(nik, held ? { ...held, wage: held.wage + r.wage } : { ...r, nik });
  });
  const now = nowIso();
  db.transaction(() => {
    stmt(db, 'DELETE FROM payroll_lines WHERE npp = ? AND period = ?').run(input.npp, input.period);
    const insert = stmt(
      db,
      `INSERT INTO payroll_lines (npp, period, nik, name, wage, source_file, imported_at, list_import_id)
       VALUES (@npp, @period, @nik, @name, @wage, @file, @now, @listImportId)`,
    );
    const listImportId = input.listImportId ?? null;
    for (const l of lines.values()) {
      insert.run({ npp: input.npp, period: input.period, nik: l.nik, name: l.name, wage: l.wage, file: input.fileName, now, listImportId });
    }
    stmt(
      db,
      `INSERT INTO headcount_reports (npp, headcount, source, reported_on, entered_at, author, list_import_id)
       VALUES (?, ?, 'PAYROLL', ?, ?, 'import', ?)`,
    ).run(input.npp, lines.size, `${input.period}-01`, now, listImportId);
  }).immediate();
  return {
    npp: input.npp,
    period: input.period,
    fileName: input.fileName,
    received: input.rows.length,
    imported: lines.size,
    headcount: lines.size,
    skipped,
  };
}
