import { spawn, type ChildProcess } from 'node:child_process';

export interface Holder {
  child: ChildProcess;
  /** Resolves when a `write` holder has let its transaction go. */
  released: Promise<void>;
  kill(): Promise<void>;
}

/** Starts test/support/store-holder-child.ts and resolves once it holds the store (a real second process). */
export function holdStore(file: string, mode: 'open' | 'write', holdMs = 1000): Promise<Holder> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/store-holder-child.ts', file, mode, String(holdMs)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    let onReleased: () => void = () => {};
    const released = new Promise<void>((r) => (onReleased = r));
    const exited = new Promise<void>((r) => child.on('exit', () => r()));
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      if (out.includes('released')) onReleased();
      if (out.includes('ready') && !out.includes('resolved')) {
        out += 'resolved';
        resolve({ child, released, kill: async () => void (child.kill('SIGKILL'), await exited) });
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`holder exited early (${code})`)));
  });
}
