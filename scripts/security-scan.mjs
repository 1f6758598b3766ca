// Electronegativity over the Electron shell: fails on any HIGH finding. Runs offline (no version lookup).
// Uses the library API, not its `-o report.csv`: that writer races two async fs.writeFile calls (header
// and rows), so the header sometimes lands over the first finding and the report cannot be trusted.
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const electronegativity = (() => {
  const m = require('@doyensec/electronegativity');
  return typeof m === 'function' ? m : m.default;
})();

const KNOWN = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

const input = path.resolve(process.argv[2] ?? 'electron/shell');
const { issues, errors } = await electronegativity({
  input,
  electronVersionOverride: electronVersion,
  // This check downloads Electron's release list from GitHub; offline it only waits for a timeout.
  excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
});
for (const e of errors ?? []) console.error(`parse error: ${e.file ?? ''} ${e.message ?? e}`);
const findings = issues.map((i) => ({
  id: i.id,
  severity: String(i.severity?.name ?? 'UNKNOWN').toUpperCase(),
  file: i.file && i.file !== 'N/A' ? path.relative(process.cwd(), i.file) : '',
  location: i.location ? `${i.location.line}:${i.location.column}` : '',
}));
for (const f of findings) console.log(`${f.severity.padEnd(13)} ${f.id} ${f.file} ${f.location}`);

const unreadable = findings.filter((f) => !KNOWN.includes(f.severity));
if (unreadable.length || (errors ?? []).length) {
  console.error(`security scan: ${unreadable.length} unreadable findings, ${(errors ?? []).length} files not parsed; refusing to call the shell clean`);
  process.exit(1);
}
const high = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'CRITICAL');
console.log(`security scan: ${findings.length} findings, ${high.length} high`);
process.exit(high.length ? 1 : 0);
