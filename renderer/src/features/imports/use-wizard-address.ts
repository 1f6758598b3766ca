import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { toApiCallError } from '../../api/api-call-error';
import { call } from '../../api/client';
import { useImportWizardStore, type ImportStep } from '../../stores/import-wizard-store';

const STEPS: readonly ImportStep[] = ['header', 'mapping', 'preview'];
const UPLOAD = 'unggahan';
const STEP = 'langkah';
const KIND = 'jenis';

/**
 * The wizard's place in the address: `#/impor?npp=…&jenis=…&unggahan=ID&langkah=mapping`. A reload, Back, or
 * a second tab on that address reopens the same file at the same step (the column choices stay in this tab's
 * sessionStorage). Returns true when the address named an upload that is gone (saved, cancelled, expired).
 */
export function useWizardAddress(): boolean {
  const [params, setParams] = useSearchParams();
  const upload = useImportWizardStore((s) => s.upload);
  const step = useImportWizardStore((s) => s.step);
  const kind = useImportWizardStore((s) => s.kind);
  const [adopting, setAdopting] = useState(() => wanted(params) !== null);
  const [gone, setGone] = useState(false);

  // Address → wizard, when the address names a file this tab does not hold (a second tab, Back/Forward).
  const named = wanted(params);
  useEffect(() => {
    if (!named) return setAdopting(false);
    const s = useImportWizardStore.getState();
    if (s.upload?.uploadId === named.uploadId) {
      if (s.step !== named.step && s.step !== 'done') s.setStep(named.step);
      return setAdopting(false);
    }
    let live = true;
    setAdopting(true);
    call('uploads-info', { uploadId: named.uploadId })
      .then((receipt) => {
        if (!live) return;
        const w = useImportWizardStore.getState();
        if (named.kind !== w.kind) w.setKind(named.kind);
        w.setUpload(receipt);
        w.setStep(named.step);
        setGone(false);
      })
      .catch((error: unknown) => {
        if (!live) return;
        if (toApiCallError(error).code === 'UPLOAD_NOT_FOUND') setGone(true);
        useImportWizardStore.getState().restart();
      })
      .finally(() => live && setAdopting(false));
    return () => {
      live = false;
    };
  }, [named?.uploadId, named?.step, named?.kind]);

  // Wizard → address, replacing the entry: each click inside the wizard is not a page of its own.
  useEffect(() => {
    if (adopting) return;
    const next = new URLSearchParams(params);
    const inWizard = upload !== null && STEPS.includes(step);
    if (inWizard) {
      next.set(UPLOAD, upload.uploadId);
      next.set(STEP, step);
      next.set(KIND, kind);
    } else {
      next.delete(UPLOAD);
      next.delete(STEP);
      next.delete(KIND);
    }
    if (inWizard) setGone(false);
    if (next.toString() !== params.toString()) setParams(next, { replace: true });
  }, [upload, step, kind, adopting, params, setParams]);

  return gone;
}

function wanted(params: URLSearchParams): { uploadId: string; step: ImportStep; kind: 'roster' | 'employers' } | null {
  const uploadId = params.get(UPLOAD);
  const step = params.get(STEP) as ImportStep | null;
  if (!uploadId || !step || !STEPS.includes(step)) return null;
  return { uploadId, step, kind: params.get(KIND) === 'employers' ? 'employers' : 'roster' };
}
