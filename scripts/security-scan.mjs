// Electronegativity over the Electron shell: fails on any HIGH finding. Runs offline (no version lookup).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'eneg-')), 'report.csv');
const r = spawnSync('npx', ['electronegativity', '-i', 'electron/shell', '-e', electronVersion, '-o', out], { encoding: 'utf8' });
if (!fs.existsSync(out)) {
  console.error(r.stdout, r.stderr);
  console.error('security scan: electronegativity produced no report');
  process.exit(1);
}
const rows = fs.readFileSync(out, 'utf8').trim().split('\n').slice(1);
const findings = rows.map((line) => {
  const [issue, severity, confidence, file, location] = line.split(',');
  return { issue, severity: severity?.replaceAll('"', ''), confidence: confidence?.replaceAll('"', ''), file, location };
});
for (const f of findings) console.log(`${f.severity.padEnd(8)} ${f.issue} ${path.relative(process.cwd(), f.file.replaceAll('"', ''))} ${f.location ?? ''}`);
const high = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'CRITICAL');
console.log(`security scan: ${findings.length} findings, ${high.length} high`);
process.exit(high.length ? 1 : 0);
