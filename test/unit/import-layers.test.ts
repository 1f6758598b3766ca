import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

/** Every relative import (type imports included) of every .ts file under electron/, as repo-relative paths. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) {
        const text = fs.readFileSync(full, 'utf8');
        const targets = [...text.matchAll(/(?:from|import)\s+'(\.{1,2}\/[^']+)'/g)].map((m) => {
          const base = path.resolve(path.dirname(full), m[1]!);
          const file = [`${base}.ts`, path.join(base, 'index.ts'), base].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
          return path.relative(ROOT, file ?? base);
        });
        graph.set(path.relative(ROOT, full), targets);
      }
    }
  };
  walk(path.join(ROOT, 'electron'));
  return graph;
}

function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('arrows in electron/ point one way', () => {
  const graph = importGraph();

  it('has no import cycle (the store circle open ↔ audit/actor ↔ store ↔ reference-seed is gone)', () => {
    expect(findCycle(graph)).toBeNull();
  });

  it('store, audit and migration modules never import the code that opens the store', () => {
    const offenders = [...graph]
      .filter(([file]) => /^electron\/(store|audit|db\/migrations)\//.test(file))
      .filter(([, targets]) => targets.includes('electron/db/open.ts'))
      .map(([file]) => file);
    expect(offenders).toEqual([]);
  });
});
