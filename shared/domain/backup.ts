export interface BackupFile {
  name: string;
  bytes: number;
  createdAt: string;
  kind: 'harian' | 'manual' | 'sebelum-pulih';
}

export interface RestoreSummary {
  restoredFrom: string;
  previousSavedAs: string | null;
  schemaVersion: number;
  schemaVersionAfter: number;
  employers: number;
  workers: number;
}
