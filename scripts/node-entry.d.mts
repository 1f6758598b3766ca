export const NODE_INPUTS: readonly string[];
export function builtEntry(entry: string, name: string): Promise<string>;
export function runEntry(entry: string, name: string): Promise<void>;
