/** "6471015708850001" → "647101******0001": region and serial stay for the desk, the birth date goes (UU 27/2022). */
export function maskNik(nik: string): string {
  return nik.length === 16 ? `${nik.slice(0, 6)}******${nik.slice(12)}` : '*'.repeat(nik.length);
}
