// Rebuild only when the sources changed: a stamp of every input file's path, size and modification time.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const SKIP = new Set(['node_modules', 'dist', '.git']);

function* files(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return; // an input that does not exist (yet) counts as empty
  }
  if (!stat.isDirectory()) {
    yield [entry, stat];
    return;
  }
  for (const name of fs.readdirSync(entry).sort()) {
    if (!SKIP.has(name)) yield* files(path.join(entry, name));
  }
}

/** A hash of what the inputs (files or folders under `root`) are now. */
export function sourceStamp(root, inputs) {
  const hash = crypto.createHash('sha256');
  for (const input of inputs) {
    for (const [file, stat] of files(path.join(root, input))) hash.update(`${path.relative(root, file)}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/**
 * Makes `outDir` hold a build of the current inputs: nothing to do when its stamp matches them (the common
 * case: one hash of file sizes and times), otherwise `build(tmpDir)` builds beside it and the result replaces
 * `outDir` in one rename, stamp included, so an interrupted build or a second process building at the same
 * moment never leaves a half-written or mismatched folder. Returns whether it built.
 */
export async function buildIfChanged(root, { inputs, outDir }, build) {
  const stamp = sourceStamp(root, inputs);
  const stampFile = path.join(outDir, '.stamp');
  if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp) return false;
  const tmpDir = `${outDir}.build-${process.pid}`;
  fs.rmSync(tmpDir, { recursive: true, force: true });
  await build(tmpDir);
  fs.writeFileSync(path.join(tmpDir, '.stamp'), stamp);
  fs.rmSync(outDir, { recursive: true, force: true });
  try {
    fs.renameSync(tmpDir, outDir);
  } catch {
    fs.rmSync(tmpDir, { recursive: true, force: true }); // another process put its equal build there first
  }
  return true;
}
