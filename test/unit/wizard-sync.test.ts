import { describe, expect, it } from 'vitest';
import { decideWizardSync, type WizardPlace } from '../../renderer/src/features/imports/wizard-sync';

const held: WizardPlace = { uploadId: 'a'.repeat(32), step: 'mapping', kind: 'roster' };
const other: WizardPlace = { uploadId: 'b'.repeat(32), step: 'preview', kind: 'roster' };
const gone: WizardPlace = { uploadId: '0'.repeat(32), step: 'preview', kind: 'roster' };

/** Issue 11: the address and the import wizard disagree; whichever changed since they last agreed wins. */
describe('decideWizardSync', () => {
  it('does nothing while the address and the wizard agree', () => {
    expect(decideWizardSync(held, held, null)).toEqual({ action: 'none' });
    expect(decideWizardSync(held, { ...held }, held)).toEqual({ action: 'none' });
    expect(decideWizardSync(null, null, held)).toEqual({ action: 'none' });
  });

  it('opens another upload the address was navigated to, instead of writing the held one back over it', () => {
    expect(decideWizardSync(other, held, held)).toEqual({ action: 'adopt', place: other });
    expect(decideWizardSync(gone, held, held)).toEqual({ action: 'adopt', place: gone });
  });

  it('opens the step the address was navigated to (Back/Forward on the same upload)', () => {
    const header: WizardPlace = { ...held, step: 'header' };
    expect(decideWizardSync(header, held, held)).toEqual({ action: 'adopt', place: header });
  });

  it('opens the named upload in a fresh tab or after a reload that agreed on nothing yet', () => {
    expect(decideWizardSync(held, null, null)).toEqual({ action: 'adopt', place: held });
    expect(decideWizardSync(other, held, null)).toEqual({ action: 'adopt', place: other });
  });

  it('writes a click in the wizard (next step, another file, start over) into the address', () => {
    const preview: WizardPlace = { ...held, step: 'preview' };
    expect(decideWizardSync(held, preview, held)).toEqual({ action: 'write', place: preview });
    expect(decideWizardSync(held, other, held)).toEqual({ action: 'write', place: other });
    expect(decideWizardSync(held, null, held)).toEqual({ action: 'write', place: null });
  });

  it('clears a gone upload from the address once it was asked about', () => {
    expect(decideWizardSync(gone, null, gone)).toEqual({ action: 'write', place: null });
  });

  it('writes the held upload into an address that names none (the Impor menu, a detour back)', () => {
    expect(decideWizardSync(null, held, null)).toEqual({ action: 'write', place: held });
    expect(decideWizardSync(null, held, held)).toEqual({ action: 'write', place: held });
  });

  it('tells an address navigated to the kind of import apart from the held one', () => {
    const employers: WizardPlace = { ...held, kind: 'employers' };
    expect(decideWizardSync(employers, held, held)).toEqual({ action: 'adopt', place: employers });
  });
});
