/** `npm run bench -- <name> [args]`: import | gaps | sync | search. Each bench is loaded only when asked for. */
const benches: Record<string, (args: string[]) => Promise<void>> = {
  import: async (args) => (await import('./import-bench')).main(args),
  gaps: async () => (await import('./gaps-bench')).runGapsBench(),
  sync: async () => (await import('./sync-bench')).runSyncBench(),
  search: async () => (await import('./search-bench')).runSearchBench(),
};

const [name = '', ...rest] = process.argv.slice(2);
const bench = benches[name];
if (!bench) {
  console.error(`Pemakaian: npm run bench -- ${Object.keys(benches).join('|')}`);
  process.exitCode = 64;
} else {
  await bench(rest);
}

export {};
