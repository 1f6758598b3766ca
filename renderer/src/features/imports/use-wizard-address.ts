import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { toApiCallError } from '../../api/api-call-error';
import { call } from '../../api/client';
import { useImportWizardStore, type ImportStep } from '../../stores/import-wizard-store';
import { ADDRESSED_STEPS, decideWizardSync, type AddressedStep, type WizardPlace } from './wizard-sync';

const isAddressed = (step: ImportStep | string | null): step is AddressedStep => (ADDRESSED_STEPS as readonly (string | null)[]).includes(step);
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
  const [gone, setGone] = useState(false);
  // The place the address and the wizard last agreed on: whichever has moved since is the newer intent.
  const synced = useRef<WizardPlace | null>(null);
  // Bumped when an adoption settles: a gone upload leaves the wizard as it was, and the address must still follow.
  const [settled, setSettled] = useState(0);

  const address = placeInAddress(params);
  const wizard: WizardPlace | null = upload !== null && isAddressed(step) ? { uploadId: upload.uploadId, step, kind } : null;
  const latest = useRef({ address, wizard, params, setParams });
  latest.current = { address, wizard, params, setParams };

  useEffect(() => {
    const now = latest.current;
    const decision = decideWizardSync(now.address, now.wizard, synced.current);
    if (decision.action === 'none') {
      synced.current = now.address;
      return;
    }
    if (decision.action === 'write') {
      synced.current = decision.place;
      if (decision.place) setGone(false);
      // Replacing the entry: each click inside the wizard is not a page of its own.
      const next = withPlace(now.params, decision.place);
      if (next.toString() !== now.params.toString()) now.setParams(next, { replace: true });
      return;
    }

    const target = decision.place;
    const held = useImportWizardStore.getState();
    if (held.upload?.uploadId === target.uploadId && held.kind === target.kind) {
      synced.current = target;
      held.setStep(target.step);
      return;
    }
    const npp = target.kind === 'roster' ? now.params.get('npp') || held.npp : held.npp;
    let live = true;
    call('uploads-info', { uploadId: target.uploadId })
      .then((receipt) => {
        if (!live) return;
        synced.current = target;
        setGone(false);
        useImportWizardStore.getState().openUpload(receipt, target.step, target.kind, npp);
        setSettled((n) => n + 1);
      })
      .catch((error: unknown) => {
        if (!live) return;
        synced.current = target;
        setGone(toApiCallError(error).code === 'UPLOAD_NOT_FOUND');
        useImportWizardStore.getState().restart();
        setSettled((n) => n + 1);
      });
    return () => {
      live = false;
    };
  }, [key(address), key(wizard), settled]);

  return gone;
}

function key(place: WizardPlace | null): string {
  return place ? `${place.kind}/${place.uploadId}/${place.step}` : '';
}

function withPlace(params: URLSearchParams, place: WizardPlace | null): URLSearchParams {
  const next = new URLSearchParams(params);
  if (place) {
    next.set(UPLOAD, place.uploadId);
    next.set(STEP, place.step);
    next.set(KIND, place.kind);
  } else {
    next.delete(UPLOAD);
    next.delete(STEP);
    next.delete(KIND);
  }
  return next;
}

function placeInAddress(params: URLSearchParams): WizardPlace | null {
  const uploadId = params.get(UPLOAD);
  const step = params.get(STEP);
  if (!uploadId || !isAddressed(step)) return null;
  return { uploadId, step, kind: params.get(KIND) === 'employers' ? 'employers' : 'roster' };
}
