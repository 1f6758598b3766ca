// Where the Electron binary is, if its download ever ran (it cannot on machines without Electron's CDN).
import fs from 'node:fs';
import path from 'node:path';

export function electronBinary(root) {
  const pkg = path.join(root, 'node_modules/electron');
  try {
    const rel = fs.readFileSync(path.join(pkg, 'path.txt'), 'utf8').trim();
    const bin = path.join(pkg, 'dist', rel);
    return fs.existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}
