/** What a file can be imported as. */
export const IMPORT_KINDS = ['roster', 'employers'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
/**
 * What the parse worker reads: the import kinds plus a funder's list of vulnerable workers and a contractor's
 * list of project workers (Jakon), each kept in its own records.
 */
export type ParseKind = ImportKind | 'funded' | 'jakon';

export const ROSTER_FIELDS = ['nik', 'name', 'birthDate', 'gender', 'wage', 'startDate', 'endDate', 'kpj', 'position'] as const;
export const EMPLOYER_FIELDS = [
  'npp',
  'name',
  'npwp',
  'nib',
  'regencyCode',
  'address',
  'scale',
  'reportedHeadcount',
  'riskGroup',
  'programs',
] as const;
export const FUNDED_FIELDS = ['nik', 'name', 'birthDate', 'gender', 'occupation', 'village', 'phone'] as const;
/** A contractor's list of a project's workers: wage and start date optional (the project's contract value and start stand in). */
export const JAKON_FIELDS = ['nik', 'name', 'birthDate', 'gender', 'wage', 'startDate'] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];
export type FundedField = (typeof FUNDED_FIELDS)[number];
export type EmployerField = (typeof EMPLOYER_FIELDS)[number];
/** `rowNumber` is the "No." column: recognised so it is never mistaken for data, then ignored. */
export type ImportField = RosterField | EmployerField | FundedField | 'rowNumber';

export interface FieldDefinition {
  field: ImportField;
  /** Indonesian label for the mapping screen. */
  label: string;
  /** A file without this column cannot be imported. */
  required: boolean;
  /** Header texts as companies write them, Indonesian and English (normalised before comparing). */
  synonyms: readonly string[];
}

const ROW_NUMBER: FieldDefinition = {
  field: 'rowNumber',
  label: 'No.',
  required: false,
  synonyms: ['no', 'no urut', 'nomor urut', 'nmr', 'urut', 'number', '#'],
};

/**
 * Birth date and gender are not required columns: a valid NIK carries both. A missing start date (TMT)
 * defaults to the first day of the period being imported.
 */
export const ROSTER_DEFINITIONS: readonly FieldDefinition[] = [
  ROW_NUMBER,
  {
    field: 'nik',
    label: 'NIK',
    required: true,
    synonyms: ['nik', 'no ktp', 'nomor ktp', 'no ktp nik', 'nik ktp', 'no nik', 'nomor nik', 'nomor induk kependudukan', 'ktp', 'no identitas', 'nomor identitas', 'id number'],
  },
  {
    field: 'name',
    label: 'Nama',
    required: true,
    synonyms: ['nama', 'nama lengkap', 'nama tenaga kerja', 'nama karyawan', 'nama pegawai', 'nama pekerja', 'nama peserta', 'name', 'full name', 'employee name'],
  },
  {
    field: 'birthDate',
    label: 'Tanggal Lahir',
    required: false,
    synonyms: ['tgl lahir', 'tanggal lahir', 'tgl lhr', 'tanggal lhr', 'lahir', 'date of birth', 'birth date', 'dob'],
  },
  {
    field: 'gender',
    label: 'Jenis Kelamin',
    required: false,
    synonyms: ['jk', 'l p', 'jenis kelamin', 'kelamin', 'gender', 'sex', 'jns kelamin', 'p l'],
  },
  {
    field: 'wage',
    label: 'Upah',
    required: true,
    synonyms: ['upah', 'gaji', 'gaji pokok', 'gaji pokok rp', 'upah rp', 'gaji rp', 'upah pokok', 'upah sebulan', 'upah dilaporkan', 'wage', 'salary', 'basic salary'],
  },
  {
    field: 'startDate',
    label: 'TMT Kerja',
    required: false,
    synonyms: ['tmt', 'tmt kerja', 'tanggal mulai kerja', 'tgl mulai kerja', 'tgl masuk', 'tanggal masuk', 'mulai kerja', 'start date', 'join date'],
  },
  {
    field: 'endDate',
    label: 'Tanggal Berhenti',
    required: false,
    synonyms: ['tgl berhenti', 'tanggal berhenti', 'tgl keluar', 'tanggal keluar', 'tmt berhenti', 'end date'],
  },
  { field: 'kpj', label: 'KPJ', required: false, synonyms: ['kpj', 'no kpj', 'nomor kpj', 'no peserta', 'nomor peserta'] },
  { field: 'position', label: 'Jabatan', required: false, synonyms: ['jabatan', 'posisi', 'bagian', 'position', 'job title'] },
];

export const EMPLOYER_DEFINITIONS: readonly FieldDefinition[] = [
  ROW_NUMBER,
  { field: 'npp', label: 'NPP', required: true, synonyms: ['npp', 'no npp', 'nomor npp', 'nomor pendaftaran perusahaan'] },
  {
    field: 'name',
    label: 'Nama Perusahaan',
    required: true,
    synonyms: ['nama perusahaan', 'nama badan usaha', 'perusahaan', 'nama', 'nama pemberi kerja', 'company name', 'company'],
  },
  { field: 'npwp', label: 'NPWP', required: false, synonyms: ['npwp', 'no npwp', 'nomor npwp', 'tax id'] },
  { field: 'nib', label: 'NIB', required: false, synonyms: ['nib', 'no nib', 'nomor induk berusaha'] },
  {
    field: 'regencyCode',
    label: 'Kode Wilayah',
    required: true,
    synonyms: ['kode wilayah', 'kode kab kota', 'kode kabupaten kota', 'kode kabupaten', 'wilayah', 'region code'],
  },
  { field: 'address', label: 'Alamat', required: false, synonyms: ['alamat', 'alamat perusahaan', 'address'] },
  { field: 'scale', label: 'Skala Usaha', required: false, synonyms: ['skala usaha', 'skala', 'skala perusahaan', 'business scale', 'scale'] },
  {
    field: 'reportedHeadcount',
    label: 'Jumlah Tenaga Kerja',
    required: false,
    synonyms: ['jumlah tenaga kerja', 'jumlah tk', 'jml tk', 'jumlah karyawan', 'jumlah pekerja', 'headcount'],
  },
  {
    field: 'riskGroup',
    label: 'Kelompok Risiko',
    required: false,
    synonyms: ['kelompok risiko', 'kelompok resiko', 'risiko', 'resiko', 'tingkat risiko', 'risk group'],
  },
  { field: 'programs', label: 'Program', required: false, synonyms: ['program', 'program bpjs', 'program diikuti', 'programs'] },
];

/** A funder's list (DOMAIN.md §2): NIK, name, birth date, occupation, village/kecamatan, sometimes phone. */
export const FUNDED_DEFINITIONS: readonly FieldDefinition[] = [
  ...ROSTER_DEFINITIONS.filter((d) => d.field === 'rowNumber' || d.field === 'nik' || d.field === 'name' || d.field === 'birthDate' || d.field === 'gender'),
  {
    field: 'occupation',
    label: 'Pekerjaan',
    required: false,
    synonyms: ['pekerjaan', 'jenis pekerjaan', 'profesi', 'mata pencaharian', 'occupation', 'job'],
  },
  {
    field: 'village',
    label: 'Desa/Kelurahan',
    required: false,
    synonyms: ['desa', 'kelurahan', 'desa kelurahan', 'desa kel', 'alamat', 'kecamatan', 'village', 'address'],
  },
  { field: 'phone', label: 'No. HP', required: false, synonyms: ['no hp', 'hp', 'nomor hp', 'telepon', 'no telp', 'telp', 'phone', 'no wa'] },
];

export const JAKON_DEFINITIONS: readonly FieldDefinition[] = ROSTER_DEFINITIONS.filter(
  (d) => d.field === 'rowNumber' || (JAKON_FIELDS as readonly string[]).includes(d.field),
).map((d) => (d.field === 'wage' ? { ...d, required: false } : d));

const DEFINITIONS: Record<ParseKind, readonly FieldDefinition[]> = {
  roster: ROSTER_DEFINITIONS,
  employers: EMPLOYER_DEFINITIONS,
  funded: FUNDED_DEFINITIONS,
  jakon: JAKON_DEFINITIONS,
};
export const definitionsFor = (kind: ParseKind): readonly FieldDefinition[] => DEFINITIONS[kind];
