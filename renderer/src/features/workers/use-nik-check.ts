import { useEffect, useState } from 'react';
import type { NikCheck } from '../../../../shared/api/contract';
import { call } from '../../api/client';

/** Asks the store about a complete, valid NIK; null while incomplete or pending. */
export function useNikCheck(nik: string, valid: boolean, npp: string): NikCheck | null {
  const [check, setCheck] = useState<{ nik: string; result: NikCheck } | null>(null);
  useEffect(() => {
    if (!valid) return;
    let live = true;
    call('nik-check', { nik, npp })
      .then((result) => live && setCheck({ nik, result }))
      // A failed look-up only loses the prefill; enrolment itself still checks on the server.
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [nik, valid, npp]);
  return valid && check?.nik === nik ? check.result : null;
}
