import { describe, expect, it } from 'vitest';
import type { Route } from '../../renderer/src/stores/nav-store';
import { pathToRoute, routeToPath } from '../../renderer/src/stores/route-paths';

const EVERY_ROUTE: Route[] = [
  { name: 'employers' },
  { name: 'employer-new' },
  { name: 'employer-edit', npp: '12345678' },
  { name: 'employer-detail', npp: '12345678' },
  { name: 'enrol', npp: null },
  { name: 'enrol', npp: '12345678' },
  { name: 'worker-search' },
  { name: 'worker-detail', nik: '6471054101900001' },
  { name: 'imports', npp: null },
  { name: 'imports', npp: 'AB123456' },
  { name: 'gaps' },
  { name: 'gap-employer', npp: '12345678' },
  { name: 'coverage' },
  { name: 'lists' },
  { name: 'summary' },
  { name: 'staff' },
  { name: 'audit' },
  { name: 'backups' },
  { name: 'sync' },
  { name: 'conflicts' },
];

function split(path: string): [string, string] {
  const q = path.indexOf('?');
  return q < 0 ? [path, ''] : [path.slice(0, q), path.slice(q)];
}

describe('route ↔ address', () => {
  it('gives every route its own address and reads the same route back from it', () => {
    const paths = EVERY_ROUTE.map(routeToPath);
    expect(new Set(paths).size).toBe(paths.length);
    for (const route of EVERY_ROUTE) expect(pathToRoute(...split(routeToPath(route)))).toEqual(route);
  });

  it('keeps "baru" a screen, not an NPP, and ignores the wizard’s own query fields', () => {
    expect(pathToRoute('/perusahaan/baru')).toEqual({ name: 'employer-new' });
    expect(pathToRoute('/impor', '?npp=AB123456&unggahan=abc&langkah=mapping')).toEqual({ name: 'imports', npp: 'AB123456' });
  });

  it('sends an unknown or empty address to the employer list', () => {
    expect(pathToRoute('/')).toEqual({ name: 'employers' });
    expect(pathToRoute('/tidak-ada/apa-apa')).toEqual({ name: 'employers' });
    expect(pathToRoute('/cetak/ringkasan', '?branch=BPN')).toEqual({ name: 'employers' });
  });
});
