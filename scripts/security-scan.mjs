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
/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks (code samples do). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') {
        quoted = false;
      } else {
        field += ch;
      }
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') {
      field += ch;
    }
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const findings = parseCsv(fs.readFileSync(out, 'utf8'))
  .slice(1)
  .filter((r) => r.length > 1)
  .map(([issue = '?', severity = 'UNKNOWN', confidence = '', file = '', location = '']) => ({ issue, severity: severity.trim(), confidence, file, location }));
for (const f of findings) console.log(`${f.severity.padEnd(8)} ${f.issue} ${f.file && f.file !== 'N/A' ? path.relative(process.cwd(), f.file) : ''} ${f.location}`);
const unreadable = findings.filter((f) => !['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'].includes(f.severity));
if (unreadable.length) {
  console.error(`security scan: ${unreadable.length} findings could not be read; refusing to call the shell clean`);
  process.exit(1);
}
const high = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'CRITICAL');
console.log(`security scan: ${findings.length} findings, ${high.length} high`);
process.exit(high.length ? 1 : 0);
