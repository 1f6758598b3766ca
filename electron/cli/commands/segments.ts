import fs from 'node:fs';
import path from 'node:path';
import { parseMonthRange } from '../../../shared/segments/funded';
import type { BpuEnrolled, FundedImportResult, FundedMemberItem, FundedProgramme, JakonSaved } from '../../../shared/segments/segment-types';
import type { Backend } from '../../backend';
import { AppError } from '../../errors/app-error';
import { actorOf } from '../../importer/actor';
import { fundedAnnotated, runFundedImport, undoFundedImport } from '../../segments/funded-import';
import { allPages, requireOpt, stringOpt, unwrap, UsageError, type CliIo, type ParsedArgs } from '../cli-context';
import { readInputFile } from '../read-input-file';

/** "2.000.000.000", "2,000,000,000" or "2000000000" → a number; anything else → NaN, refused by the schema. */
const amount = (text: string): number => (/^\d{1,3}([.,]\d{3})*$|^\d+$/.test(text) ? Number(text.replace(/[.,]/g, '')) : Number.NaN);
const whole = (text: string | undefined): number | undefined => (text === undefined ? undefined : /^\d+$/.test(text) ? Number(text) : Number.NaN);

const out = (io: CliIo, args: ParsedArgs, value: unknown, text: string) => io.out(args.values.json ? JSON.stringify(value) : text);

/** `programme add --funder NAME --regency CODE --year YYYY --name TEXT --quota N [--months A..B] [--monthly RP] [--tranche murni|perubahan]` */
export async function programmeCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.positionals[1] === 'list') {
    const rows = await unwrap<FundedProgramme[]>(backend, 'programmes-list', {});
    out(io, args, rows, rows.map((p) => `#${p.id}  ${p.year}  ${p.funderName}  ${p.name}  ${p.members}/${p.quota}`).join('\n'));
    return 0;
  }
  if (args.positionals[1] !== 'add') throw new UsageError('programme add|list');
  const year = whole(requireOpt(args, 'year'))!;
  const monthsText = stringOpt(args, 'months');
  const months = monthsText ? parseMonthRange(monthsText) : { from: `${year}-01`, to: `${year}-12` };
  if (!months) throw new AppError('PROGRAMME_MONTHS_INVALID', { from: monthsText ?? '', to: '' });
  const p = await unwrap<FundedProgramme>(backend, 'programmes-save', {
    funderName: requireOpt(args, 'funder'),
    funderCode: requireOpt(args, 'regency'),
    year,
    name: requireOpt(args, 'name'),
    tranche: stringOpt(args, 'tranche') ?? 'murni',
    monthFrom: months.from,
    monthTo: months.to,
    quota: whole(requireOpt(args, 'quota')),
    monthlyContribution: stringOpt(args, 'monthly') ? amount(stringOpt(args, 'monthly')!) : undefined,
  });
  out(io, args, p, `Program #${p.id}: ${p.funderName} — ${p.name} (${p.monthFrom}..${p.monthTo}, kuota ${p.quota})`);
  return 0;
}

/** `bpu enrol --nik N --name TEXT --birth-date D --income RP --programs JKK,JKM[,JHT] [--interval 1|3|6|12] [--occupation T] [--start D]` */
export async function bpuCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.positionals[1] !== 'enrol') throw new UsageError('bpu enrol');
  const r = await unwrap<BpuEnrolled>(backend, 'bpu-enrol', {
    worker: { nik: requireOpt(args, 'nik'), name: requireOpt(args, 'name'), birthDate: requireOpt(args, 'birth-date') },
    income: amount(requireOpt(args, 'income')),
    programs: requireOpt(args, 'programs').split(',').map((p) => p.trim().toUpperCase()).filter(Boolean),
    intervalMonths: whole(stringOpt(args, 'interval')) ?? 1,
    occupation: stringOpt(args, 'occupation') ?? '',
    startDate: stringOpt(args, 'start') ?? new Date().toISOString().slice(0, 10),
  });
  const value = { id: r.id, contribution: r.contribution, alsoPu: r.alsoPu };
  out(io, args, value, `Peserta BPU #${r.id}: iuran Rp ${r.contribution.monthly.toLocaleString('id-ID')} per bulan (${r.contribution.lines.map((l) => `${l.program} ${l.amount}`).join(', ')})`);
  return 0;
}

/** `jakon add --name T --contractor NPP --value RP --regency CODE --spk-date D [--start D --end D] [--owner pemerintah|bumn|swasta]`; `jakon list` */
export async function jakonCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<number> {
  if (args.positionals[1] === 'list') {
    const rows = await unwrap<unknown[]>(backend, 'jakon-list', {});
    out(io, args, rows, JSON.stringify(rows, null, 1));
    return 0;
  }
  if (args.positionals[1] !== 'add') throw new UsageError('jakon add|list');
  const r = await unwrap<JakonSaved>(backend, 'jakon-save', {
    name: requireOpt(args, 'name'),
    contractorNpp: requireOpt(args, 'contractor'),
    contractValue: amount(requireOpt(args, 'value')),
    regencyCode: requireOpt(args, 'regency'),
    spkDate: requireOpt(args, 'spk-date'),
    startDate: stringOpt(args, 'start'),
    endDate: stringOpt(args, 'end') ?? null,
    ownerKind: stringOpt(args, 'owner') ?? 'pemerintah',
  });
  const value = { id: r.id, contribution: r.contribution, late: r.project.late, workingDaysToRegister: r.project.workingDaysToRegister };
  out(io, args, value, `Proyek #${r.id}: JKK Rp ${r.contribution.jkk.toLocaleString('id-ID')}, JKM Rp ${r.contribution.jkm.toLocaleString('id-ID')}`);
  return 0;
}

const programmeId = (args: ParsedArgs): number => {
  const id = Number(requireOpt(args, 'programme'));
  if (!Number.isInteger(id) || id <= 0) throw new UsageError('--programme ID');
  return id;
};

/** `import funded FILE --programme ID [--dry-run] [--annotated OUT.xlsx]`; `import undo-funded ID` */
export async function importFundedCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<number> {
  const ctx = backend.context();
  if (args.positionals[1] === 'undo-funded') {
    const id = Number(args.positionals[2]);
    if (!Number.isInteger(id) || id <= 0) throw new UsageError('import undo-funded ID');
    const r = undoFundedImport(ctx.db, id, actorOf(ctx));
    out(io, args, r, `Impor daftar pendanaan #${id} dibatalkan: ${r.removed} data dihapus.`);
    return 0;
  }
  const file = args.positionals[2];
  if (!file) throw new UsageError('import funded FILE --programme ID');
  const headerRow = stringOpt(args, 'header-row');
  const req = {
    programmeId: programmeId(args),
    fileName: path.basename(file),
    bytes: readInputFile(file),
    sheet: stringOpt(args, 'sheet'),
    headerRow: headerRow ? Number(headerRow) : undefined,
    dryRun: Boolean(args.values['dry-run']),
    user: actorOf(ctx),
    today: ctx.now(),
  };
  const annotatedOut = stringOpt(args, 'annotated');
  if (annotatedOut) fs.writeFileSync(annotatedOut, (await fundedAnnotated(ctx.db, req)).bytes);
  const r: FundedImportResult = await runFundedImport(ctx.db, req);
  const text =
    `${r.dryRun ? 'Uji coba (tidak disimpan)' : `Impor #${r.importId}`}: ${r.totalRows} baris, ${r.accepted} diterima, ${r.rejected} ditolak.` +
    (r.renewal ? ` Dibanding tahun lalu: ${r.renewal.added} baru, ${r.renewal.stays} tetap, ${r.renewal.dropped} keluar.` : '') +
    r.issues.slice(0, 50).map((i) => `\n  baris ${i.row} ${i.severity === 'error' ? 'GALAT' : 'PERINGATAN'} ${i.code}: ${i.message}`).join('');
  out(io, args, r, text);
  return 0;
}

/** `list funded --programme ID` → [{ nik, name, birthDate, occupation, status }] */
export async function listFundedCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<number> {
  const rows = (await allPages<FundedMemberItem>(backend, 'funded-members', { programmeId: programmeId(args) })).map((m) => ({
    nik: m.nik,
    name: m.name,
    birthDate: m.birthDate,
    occupation: m.occupation,
    status: m.status,
  }));
  out(io, args, rows, rows.map((m) => `${m.nik}  ${m.name}  ${m.occupation}  ${m.status}`).join('\n'));
  return 0;
}
