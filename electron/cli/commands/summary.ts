import fs from 'node:fs';
import { deviceLocalDate } from '../../../shared/format/iso-date';
import type { FileDownload } from '../../../shared/import/types';
import type { BranchSummary } from '../../../shared/summary/summary-types';
import type { Backend } from '../../backend';
import { renderSummaryPdf } from '../../summary/summary-pdf';
import { stringOpt, unwrap, UsageError, type CliIo, type ParsedArgs } from '../cli-context';

const localDay = deviceLocalDate;

/**
 * `summary --db DB --branch KODE|NAMA | --province KODE|NAMA [--period YYYY-MM] --out FILE.pdf [--xlsx FILE.xlsx] [--json]`
 * The PDF is the app's own print page rendered by headless Chromium; `--json` prints `{ file, pages, branch, period }`.
 */
export async function summaryCommand(backend: Backend, args: ParsedArgs, io: CliIo): Promise<number> {
  const branch = stringOpt(args, 'branch');
  const province = stringOpt(args, 'province');
  if (!branch === !province) throw new UsageError('summary: --branch KODE|NAMA atau --province KODE|NAMA (salah satu)');
  const out = stringOpt(args, 'out');
  const xlsx = stringOpt(args, 'xlsx');
  if (!out && !xlsx) throw new UsageError('summary: --out FILE.pdf (dan/atau --xlsx FILE.xlsx) wajib diisi');
  const target = { ...(branch ? { branch } : { province }), period: stringOpt(args, 'period') };

  // Resolves the branch or province and the period first: a wrong name fails before Chromium starts.
  const summary = await unwrap<BranchSummary>(backend, 'summary-get', target);
  const ctx = backend.context();
  let workbook: string | null = null;
  if (xlsx) {
    const file = await unwrap<FileDownload>(backend, 'summary-export', { ...target, period: summary.period });
    fs.writeFileSync(xlsx, Buffer.from(file.dataBase64, 'base64'));
    workbook = xlsx;
  }
  let pdf: { file: string; pages: number } | null = null;
  if (out) {
    pdf = await renderSummaryPdf({
      dbFile: ctx.storage.file,
      summary,
      out,
      user: ctx.session?.username ?? 'system',
      today: localDay(ctx.now()),
      log: (line) => io.err(line),
    });
  }
  const result = {
    file: pdf?.file ?? null,
    pages: pdf?.pages ?? null,
    branch: summary.scope.kind === 'branch' ? summary.scope.code : null,
    ...(summary.scope.kind === 'province' ? { province: summary.scope.code } : {}),
    period: summary.period,
    ...(workbook ? { xlsx: workbook } : {}),
  };
  io.out(
    args.values.json
      ? JSON.stringify(result)
      : [pdf && `Ringkasan ${summary.scope.name} ${summary.period}: ${pdf.pages} halaman → ${pdf.file}`, workbook && `Excel → ${workbook}`].filter(Boolean).join('\n'),
  );
  return 0;
}
