import { normaliseNik } from '../../../shared/validate/nik';
import { correctIdentity } from '../../memberships/correct-identity';
import { changeEmployerPrograms, changeWage, moveWorker } from '../../memberships/lifecycle';
import { wageHistory } from '../../store/membership-history';
import type { HandlerGroup } from '../registry';
import { workerDetail } from './workers';

/** The membership lifecycle after enrolment (issue 11); each change is one IMMEDIATE transaction. */
export const membershipHandlers: HandlerGroup<'memberships-wage' | 'memberships-move' | 'workers-correct' | 'employers-programs'> = {
  'memberships-wage': ({ db }, { membershipId, wage, fromMonth }) =>
    db
      .transaction(() => ({ ...changeWage(db, membershipId, wage, fromMonth), wageHistory: wageHistory(db, membershipId) }))
      .immediate(),
  'memberships-move': ({ db }, { membershipId, toNpp, date, wage }) => db.transaction(() => moveWorker(db, membershipId, toNpp, date, wage)).immediate(),
  'workers-correct': ({ db, now }, fix) =>
    db
      .transaction(() => {
        const nik = normaliseNik(fix.nik);
        const warnings = correctIdentity(db, { ...fix, nik });
        return { ...workerDetail(db, nik, now().toISOString().slice(0, 7))!, warnings };
      })
      .immediate(),
  'employers-programs': ({ db }, { npp, programs }) => db.transaction(() => changeEmployerPrograms(db, npp, programs)).immediate(),
};
