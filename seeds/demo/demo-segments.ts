import type Database from 'better-sqlite3';
import { FUNDED_DEFAULT_MONTHLY } from '../../shared/segments/funded';
import { jakonFromContractValue } from '../../shared/segments/jakon';
import { FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES } from './names';
import { between, pad, pick, type Rng } from './random';

const OCCUPATIONS = ['Nelayan', 'Petani', 'Buruh tani', 'Ojek', 'Juru parkir', 'Buruh pelabuhan', 'Motoris kelotok', 'Pedagang kecil', 'Marbot masjid', 'Aparat desa non-ASN'];
const VILLAGES = ['Sotek', 'Babulu Darat', 'Sepaku', 'Waru', 'Petung', 'Gunung Seteleng', 'Nipah-Nipah', 'Sidorejo'];

/**
 * Demo participants outside PU (issue 10): a Pemkab and a Pemprov programme in Penajam Paser Utara whose lists
 * overlap in a few people (a double payment the funded-list check catches on import), a few self-paid BPU
 * members, and construction projects (one registered late, one ended) with their workers. Runs inside the
 * demo's transaction.
 */
export function seedSegments(db: Database.Database, rng: Rng, year: number, now: string, usedNik: Set<string>): { people: number } {
  const addWorker = db.prepare(`INSERT INTO workers (nik, name, birth_date, gender, kpj, phone, created_at, updated_at) VALUES (?, ?, ?, ?, NULL, NULL, ?, ?)`);
  let people = 0;
  const person = (regency: string): number => {
    const female = rng() < 0.4;
    const birthYear = between(rng, 1966, 2000);
    const month = between(rng, 1, 12);
    const day = between(rng, 1, 28);
    let nik = '';
    do nik = `${regency.replace('.', '')}${pad(between(rng, 1, 12), 2)}${pad(day + (female ? 40 : 0), 2)}${pad(month, 2)}${pad(birthYear % 100, 2)}${pad(between(rng, 1, 9999), 4)}`;
    while (usedNik.has(nik));
    usedNik.add(nik);
    people++;
    const name = `${pick(rng, female ? FEMALE_NAMES : MALE_NAMES)} ${pick(rng, FAMILY_NAMES)}`;
    return Number(addWorker.run(nik, name, `${birthYear}-${pad(month, 2)}-${pad(day, 2)}`, female ? 'P' : 'L', now, now).lastInsertRowid);
  };

  const addProgramme = db.prepare(
    `INSERT INTO funded_programmes (funder_kind, funder_code, funder_name, year, name, tranche, month_from, month_to, quota, monthly_contribution, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'murni', ?, ?, ?, ?, ?, ?)`,
  );
  const addMember = db.prepare(
    `INSERT INTO funded_members (programme_id, worker_id, import_id, occupation, village, phone, regency_code, created_at) VALUES (?, ?, NULL, ?, ?, NULL, '64.09', ?)`,
  );
  const pemkab = Number(addProgramme.run('pemkab', '64.09', 'Pemkab Penajam Paser Utara', year, `BPU Rentan APBD ${year}`, `${year}-01`, `${year}-12`, 150, FUNDED_DEFAULT_MONTHLY, now, now).lastInsertRowid);
  const pemprov = Number(addProgramme.run('pemprov', '64', 'Pemprov Kalimantan Timur', year, `Pekerja Rentan Kaltim ${year}`, `${year}-04`, `${year}-12`, 60, FUNDED_DEFAULT_MONTHLY, now, now).lastInsertRowid);
  const regencyList: number[] = [];
  for (let i = 0; i < 140; i++) {
    const id = person('64.09');
    regencyList.push(id);
    addMember.run(pemkab, id, pick(rng, OCCUPATIONS), pick(rng, VILLAGES), now);
  }
  // Five of the province's people are on the regency's list too: paid twice for April–December.
  for (let i = 0; i < 55; i++) {
    const id = i < 5 ? regencyList[i * 7]! : person('64.09');
    addMember.run(pemprov, id, pick(rng, OCCUPATIONS), pick(rng, VILLAGES), now);
  }

  const addBpu = db.prepare(
    `INSERT INTO bpu_memberships (worker_id, occupation, income, programs, interval_months, wadah, regency_code, start_date, end_date, status, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 'aktif', ?, ?)`,
  );
  for (const regency of ['64.71', '64.71', '64.72', '64.72', '64.09', '65.71']) {
    addBpu.run(person(regency), pick(rng, OCCUPATIONS), between(rng, 10, 40) * 100_000, rng() < 0.5 ? 'JHT,JKK,JKM' : 'JKK,JKM', pick(rng, [1, 3, 6, 12]), rng() < 0.3 ? 'Koperasi Nelayan Sejahtera' : null, regency, `${year}-0${between(rng, 1, 2)}-01`, now, now);
  }

  const contractors = db.prepare(`SELECT npp, regency_code AS regency FROM employers WHERE regency_code IN ('64.09', '64.71', '64.72') ORDER BY npp LIMIT 4`).all() as { npp: string; regency: string }[];
  const addProject = db.prepare(
    `INSERT INTO jakon_projects (name, owner_kind, owner_name, contractor_npp, contract_value, regency_code, spk_date, start_date, end_date, registered_on, jkk, jkm, closed_at, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const addJakonWorker = db.prepare(
    `INSERT INTO jakon_workers (project_id, worker_id, wage, start_date, end_date, status, created_at, updated_at) VALUES (?, ?, NULL, ?, ?, ?, ?, ?)`,
  );
  const projects = [
    { name: 'Peningkatan Jalan Sotek–Babulu', owner: 'pemerintah', ownerName: 'Dinas PUPR Kab. PPU', value: 2_000_000_000, spk: `${year}-01-05`, start: `${year}-01-12`, end: `${year}-11-30`, registered: `${year}-01-14` },
    { name: 'Jembatan Sepaku II', owner: 'pemerintah', ownerName: 'BPJN Kaltim', value: 7_500_000_000, spk: `${year}-01-06`, start: `${year}-02-02`, end: `${year}-12-20`, registered: `${year}-02-20` },
    { name: 'Gudang Pelabuhan Semayang', owner: 'bumn', ownerName: 'PT Pelindo', value: 850_000_000, spk: `${year - 1}-08-01`, start: `${year - 1}-08-10`, end: `${year}-01-31`, registered: `${year - 1}-08-05` },
    { name: 'Ruko Jl. Soekarno-Hatta', owner: 'swasta', ownerName: 'CV Mitra Bangun', value: 450_000_000, spk: `${year}-02-02`, start: `${year}-02-09`, end: `${year}-09-30`, registered: `${year}-02-10` },
  ];
  projects.forEach((p, i) => {
    const c = contractors[i % Math.max(contractors.length, 1)];
    if (!c) return;
    const { jkk, jkm } = jakonFromContractValue(p.value, p.spk);
    const ended = p.end < now.slice(0, 10);
    const id = Number(addProject.run(p.name, p.owner, p.ownerName, c.npp, p.value, c.regency, p.spk, p.start, p.end, p.registered, jkk, jkm, ended ? now : null, now, now).lastInsertRowid);
    for (let k = 0; k < 6; k++) addJakonWorker.run(id, person(c.regency), p.start, ended ? p.end : null, ended ? 'nonaktif' : 'aktif', now, now);
  });
  return { people };
}
