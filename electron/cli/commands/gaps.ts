import fs from 'node:fs';
import * as XLSX from 'xlsx';
import type { GapPage } from '../../../shared/gaps/gap-api-types';
import type { Gap } from '../../../shared/gaps/gap-types';
import type { Backend } from '../../backend';
import { requireOpt, stringOpt, unwrap, type CliIo, type ParsedArgs } from '../cli-context';

async function allGaps(backend: Backend, args: ParsedArgs): Promise<Gap[]> {
  const filter = { branch: stringOpt(args, 'branch'), period: stringOpt(args, 'period') };
  const gaps: Gap[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await unwrap<GapPage>(backend, 'gaps-list', { ...filter, offset, limit: 1000 });
    gaps.push(...page.items);
    if (gaps.length >= page.total || page.items.length === 0) return gaps;
  }
}

/** The `gaps --json` shape is an interface other tools rely on: keep these fields. NIKs in evidence are masked. */
const gapJson = (g: Gap) => ({
  code: g.code,
  npp: g.npp,
  name: g.name,
  severity: g.severity,
  evidence: g.evidence,
  estimatedMonthlyShortfall: g.estimatedMonthlyShortfall,
  basis: g.basis,
});

/** `gaps --db DB [--branch CODE|NAME] [--period YYYY-MM] --json` — every gap, largest shortfall first. */
export async function gapsCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<number> {
  const gaps = await allGaps(backend, args);
  io.out(
    args.values.json
      ? JSON.stringify(gaps.map(gapJson))
      : gaps.map((g) => `${g.code.padEnd(11)} ${(g.npp ?? '-').padEnd(8)} ${g.severity.padEnd(6)} Rp ${g.estimatedMonthlyShortfall}  ${g.name}`).join('\n'),
  );
  return 0;
}

/** `export gaps --db DB [--branch …] [--period …] --out FILE.xlsx` — one row per gap, no NIK or per-worker wage. */
export async function exportGapsCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<number> {
  const out = requireOpt(args, 'out');
  const gaps = await allGaps(backend, args);
  const rows = gaps.map((g) => ({
    Kode: g.code,
    NPP: g.npp ?? '',
    Nama: g.name,
    Cabang: g.branchCode ?? '',
    'Kab/Kota': g.regencyCode,
    Skala: g.scale ?? '',
    Tingkat: g.severity,
    'Perkiraan kekurangan iuran per bulan (Rp)': g.estimatedMonthlyShortfall,
    Penjelasan: g.explanation,
    'Dasar hukum': g.basis,
    'Status tindak lanjut': g.followUp?.status ?? 'baru',
    'Bukti (sumber, tanggal)': `${g.evidence.source}, ${g.evidence.date}`,
  }));
  const sheet = XLSX.utils.json_to_sheet(rows);
  // NPP as text: a numeric cell would drop leading zeros (DOMAIN.md §4).
  for (let r = 1; r <= rows.length; r++) {
    const cell = sheet[XLSX.utils.encode_cell({ r, c: 1 })];
    if (cell) Object.assign(cell, { t: 's', z: '@' });
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Temuan');
  fs.writeFileSync(out, XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
  const result = { file: out, rows: rows.length };
  io.out(args.values.json ? JSON.stringify(result) : `${rows.length} temuan diekspor ke ${out}`);
  return 0;
}
