export function sourceStamp(root: string, inputs: readonly string[]): string;
export function buildIfChanged(root: string, where: { inputs: readonly string[]; outDir: string }, build: (tmpDir: string) => Promise<void>): Promise<boolean>;
