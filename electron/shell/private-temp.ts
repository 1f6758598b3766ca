import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * Writes a file into a fresh directory of its own (mkdtemp: unpredictable name, 0700) instead of a fixed
 * name in the shared temp dir, where another local user could plant a symlink for us to write through.
 * The file is created exclusively (0600); remove() deletes the directory with it.
 */
export async function writePrivateTemp(fileName: string, data: Uint8Array, tempRoot = os.tmpdir()): Promise<{ file: string; remove(): Promise<void> }> {
  const dir = await fs.mkdtemp(path.join(tempRoot, 'sigap-'));
  const file = path.join(dir, path.basename(fileName));
  await fs.writeFile(file, data, { flag: 'wx', mode: 0o600 });
  return { file, remove: () => fs.rm(dir, { recursive: true, force: true }) };
}
