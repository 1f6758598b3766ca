import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { ImportKind } from '../../../shared/import/fields';
import type { CellCorrection, ImportResult, UploadReceipt } from '../../../shared/import/types';

export type ImportStep = 'file' | 'header' | 'mapping' | 'preview' | 'done';
export type IssueFilter = 'error' | 'warning' | 'all';

export interface ImportChoices {
  kind: ImportKind;
  /** The employer whose roster is imported (roster only). */
  npp: string | null;
  employerName: string | null;
  upload: UploadReceipt | null;
  step: ImportStep;
  /** Null: let the backend choose. */
  sheet: string | null;
  headerRow: number | null;
  /** Column letter → field (null = ignore), only where the clerk changed the detected mapping. */
  mapping: Record<string, string | null>;
  corrections: CellCorrection[];
  filter: IssueFilter;
  /** The committed import, shown on the last step. */
  result: ImportResult | null;
  /** The host's job writing this upload: a reload follows it to its result instead of asking for the file again. */
  commitJob: string | null;
}

interface ImportWizardState extends ImportChoices {
  setKind: (kind: ImportKind) => void;
  setEmployer: (npp: string | null, name: string | null) => void;
  setUpload: (upload: UploadReceipt) => void;
  setStep: (step: ImportStep) => void;
  /** A new sheet or header row: the column letters mean something else, so the overrides go. */
  setSource: (sheet: string | null, headerRow: number | null) => void;
  setMapping: (letter: string, field: string | null) => void;
  resetMapping: () => void;
  putCorrection: (c: CellCorrection) => void;
  dropCorrection: (row: number, field: string) => void;
  setFilter: (filter: IssueFilter) => void;
  setCommitJob: (jobId: string | null) => void;
  finish: (result: ImportResult) => void;
  /** Another file for the same kind and employer. */
  restart: () => void;
}

const fresh = {
  upload: null,
  step: 'file' as ImportStep,
  sheet: null,
  headerRow: null,
  mapping: {},
  corrections: [],
  filter: 'all' as IssueFilter,
  result: null,
  commitJob: null,
};

/**
 * The import wizard's choices, kept in sessionStorage: a reload (or a detour to another screen) comes back
 * to the same step with the same file, mapping and corrections. The previews themselves are fetched again.
 */
export const useImportWizardStore = create<ImportWizardState>()(
  persist(
    (set) => ({
      kind: 'roster',
      npp: null,
      employerName: null,
      ...fresh,
      setKind: (kind) => set({ kind, ...fresh }),
      setEmployer: (npp, employerName) => set({ npp, employerName, ...fresh }),
      setUpload: (upload) => set({ ...fresh, upload, step: 'header' }),
      setStep: (step) => set({ step }),
      setSource: (sheet, headerRow) => set({ sheet, headerRow, mapping: {}, corrections: [] }),
      setMapping: (letter, field) => set((s) => ({ mapping: { ...s.mapping, [letter]: field } })),
      resetMapping: () => set({ mapping: {} }),
      putCorrection: (c) =>
        set((s) => ({ corrections: [...s.corrections.filter((x) => x.row !== c.row || x.field !== c.field), c] })),
      dropCorrection: (row, field) => set((s) => ({ corrections: s.corrections.filter((x) => x.row !== row || x.field !== field) })),
      setFilter: (filter) => set({ filter }),
      setCommitJob: (commitJob) => set({ commitJob }),
      finish: (result) => set({ result, step: 'done', upload: null, corrections: [], commitJob: null }),
      restart: () => set({ ...fresh }),
    }),
    { name: 'sigap.import-wizard', storage: createJSONStorage(() => sessionStorage) },
  ),
);

/** The arguments every preview, commit and annotated download share. */
export function importSource(s: ImportChoices) {
  if (!s.upload) throw new Error('no upload');
  return {
    uploadId: s.upload.uploadId,
    kind: s.kind,
    ...(s.kind === 'roster' && s.npp ? { npp: s.npp } : {}),
    ...(s.sheet ? { sheet: s.sheet } : {}),
    ...(s.headerRow ? { headerRow: s.headerRow } : {}),
    ...(Object.keys(s.mapping).length > 0 ? { mapping: s.mapping } : {}),
    ...(s.corrections.length > 0 ? { corrections: s.corrections } : {}),
  };
}
