import type { ImportKind } from '../../../../shared/import/fields';

/** The wizard's steps that have an address of their own (no import-wizard-store import: unit-tested under Node). */
export const ADDRESSED_STEPS = ['header', 'mapping', 'preview'] as const;
export type AddressedStep = (typeof ADDRESSED_STEPS)[number];

/** Where the wizard stands on one upload: what `#/impor?…&jenis=…&unggahan=…&langkah=…` names. */
export interface WizardPlace {
  uploadId: string;
  step: AddressedStep;
  kind: ImportKind;
}

export type WizardSync =
  | { action: 'none' }
  /** Address → wizard: open the named upload (fetch it when the wizard holds another) at the named step. */
  | { action: 'adopt'; place: WizardPlace }
  /** Wizard → address: write the wizard's place (null: no upload) over the address, replacing the entry. */
  | { action: 'write'; place: WizardPlace | null };

export function samePlace(a: WizardPlace | null, b: WizardPlace | null): boolean {
  if (a === null || b === null) return a === b;
  return a.uploadId === b.uploadId && a.step === b.step && a.kind === b.kind;
}

/**
 * Who wins when the address and the wizard disagree: whichever changed since they last agreed (`synced`).
 * An address that moved away from `synced` is a navigation (typed, Back/Forward, a link) and is opened; an
 * address still at `synced` means the wizard moved (a click in it) and the address follows. An address that
 * names no upload is no claim at all (the Impor menu, a detour back): the wizard's file is written into it.
 */
export function decideWizardSync(address: WizardPlace | null, wizard: WizardPlace | null, synced: WizardPlace | null): WizardSync {
  if (samePlace(address, wizard)) return { action: 'none' };
  if (address === null || samePlace(address, synced)) return { action: 'write', place: wizard };
  return { action: 'adopt', place: address };
}
