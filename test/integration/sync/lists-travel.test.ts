import { expect, test } from 'vitest';
import { cli, workbookBytes, writeTemp } from '../../support/import-fixtures';
import { employer } from '../../support/sync-fixture';
import { useSyncWorlds } from '../../support/sync-lifecycle';

const newWorld = useSyncWorlds();

test("an employer's payroll imported at one desk reaches the other, and its undo does too", async () => {
  const world = await newWorld();
  const a = await world.desk('meja-a');
  const b = await world.desk('meja-b');
  await a.value('employers-save', employer('12345678'));
  const file = writeTemp(
    world.tmpDir,
    'gaji.xlsx',
    workbookBytes({
      Gaji: [
        ['NIK', 'Nama', 'Gaji Pokok', 'Tunjangan Tetap'],
        ['6471015708850001', 'Siti', 4_000_000, 250_000],
        ['6471011203900002', 'Budi', 4_100_000, 0],
      ],
    }),
  );
  const imported = await cli('import', 'payroll', file, '--employer', '12345678', '--period', '2026-03', '--db', a.file, '--json');
  expect(imported.code, imported.out).toBe(0);
  await a.sync();
  await b.sync();
  const lines = (db: typeof b.backend.db) => db.prepare('SELECT nik, period, wage FROM payroll_lines ORDER BY nik').all();
  expect(lines(b.backend.db)).toEqual([
    { nik: '6471011203900002', period: '2026-03', wage: 4_100_000 },
    { nik: '6471015708850001', period: '2026-03', wage: 4_250_000 },
  ]);
  expect((await cli('import', 'undo-list', String(imported.json().listImportId), '--db', a.file, '--json')).code).toBe(0);
  await a.sync();
  const rb = await b.sync();
  expect(lines(b.backend.db)).toEqual([]);
  expect(rb.digest).toBe((await a.sync()).digest);
  expect(rb.digest).toBe(await world.digest('BPN'));
});
