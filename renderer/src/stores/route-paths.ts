import { generatePath, matchPath } from 'react-router';
import type { Route } from './nav-store';

type Name = Route['name'];
type RouteOf<N extends Name> = Extract<Route, { name: N }>;

interface PathSpec<N extends Name> {
  /** A react-router path pattern; `:npp`-style params are the route's own fields. */
  pattern: string;
  toPath: (route: RouteOf<N>) => string;
  fromPath: (params: Record<string, string | undefined>, query: URLSearchParams) => RouteOf<N>;
}

/** `?npp=…` for the routes whose employer is optional. */
const withNpp = (path: string, npp: string | null): string => (npp ? `${path}?${new URLSearchParams({ npp }).toString()}` : path);
/** `?id=…` for a list screen with one record open (a programme, a project). */
const withId = (path: string, id: number | null | undefined): string => (id ? `${path}?${new URLSearchParams({ id: String(id) }).toString()}` : path);
const idOf = (query: URLSearchParams): number | null => (/^[1-9]\d{0,9}$/.test(query.get('id') ?? '') ? Number(query.get('id')) : null);
const param = (params: Record<string, string | undefined>, key: string): string => params[key] ?? '';

/**
 * Route ↔ URL path, both ways. The `Route` union stays the app's vocabulary (screens call `navigate(route)`);
 * this table is the only place that knows what the address bar shows. Typed over every route name, so a new
 * route does not compile until it has a path. Static patterns come before the `:param` ones they shadow.
 */
const SPECS: { [N in Name]: PathSpec<N> } = {
  employers: { pattern: '/perusahaan', toPath: () => '/perusahaan', fromPath: () => ({ name: 'employers' }) },
  'employer-new': { pattern: '/perusahaan/baru', toPath: () => '/perusahaan/baru', fromPath: () => ({ name: 'employer-new' }) },
  'employer-edit': {
    pattern: '/perusahaan/:npp/ubah',
    toPath: (r) => generatePath('/perusahaan/:npp/ubah', { npp: r.npp }),
    fromPath: (p) => ({ name: 'employer-edit', npp: param(p, 'npp') }),
  },
  'employer-detail': {
    pattern: '/perusahaan/:npp',
    toPath: (r) => generatePath('/perusahaan/:npp', { npp: r.npp }),
    fromPath: (p) => ({ name: 'employer-detail', npp: param(p, 'npp') }),
  },
  enrol: { pattern: '/pendaftaran', toPath: (r) => withNpp('/pendaftaran', r.npp), fromPath: (_p, q) => ({ name: 'enrol', npp: q.get('npp') || null }) },
  'worker-search': { pattern: '/tenaga-kerja', toPath: () => '/tenaga-kerja', fromPath: () => ({ name: 'worker-search' }) },
  'worker-detail': {
    pattern: '/tenaga-kerja/:nik',
    toPath: (r) => generatePath('/tenaga-kerja/:nik', { nik: r.nik }),
    fromPath: (p) => ({ name: 'worker-detail', nik: param(p, 'nik') }),
  },
  imports: { pattern: '/impor', toPath: (r) => withNpp('/impor', r.npp), fromPath: (_p, q) => ({ name: 'imports', npp: q.get('npp') || null }) },
  gaps: { pattern: '/kepatuhan', toPath: () => '/kepatuhan', fromPath: () => ({ name: 'gaps' }) },
  'gap-employer': {
    pattern: '/kepatuhan/:npp',
    toPath: (r) => generatePath('/kepatuhan/:npp', { npp: r.npp }),
    fromPath: (p) => ({ name: 'gap-employer', npp: param(p, 'npp') }),
  },
  coverage: { pattern: '/cakupan', toPath: () => '/cakupan', fromPath: () => ({ name: 'coverage' }) },
  lists: { pattern: '/daftar-luar', toPath: () => '/daftar-luar', fromPath: () => ({ name: 'lists' }) },
  summary: { pattern: '/ringkasan', toPath: () => '/ringkasan', fromPath: () => ({ name: 'summary' }) },
  staff: { pattern: '/pengguna', toPath: () => '/pengguna', fromPath: () => ({ name: 'staff' }) },
  audit: { pattern: '/audit', toPath: () => '/audit', fromPath: () => ({ name: 'audit' }) },
  backups: { pattern: '/cadangan', toPath: () => '/cadangan', fromPath: () => ({ name: 'backups' }) },
  sync: { pattern: '/sinkronisasi', toPath: () => '/sinkronisasi', fromPath: () => ({ name: 'sync' }) },
  conflicts: { pattern: '/konflik', toPath: () => '/konflik', fromPath: () => ({ name: 'conflicts' }) },
  bpu: { pattern: '/bpu', toPath: () => '/bpu', fromPath: () => ({ name: 'bpu' }) },
  programmes: { pattern: '/program-rentan', toPath: (r) => withId('/program-rentan', r.id), fromPath: (_p, q) => ({ name: 'programmes', id: idOf(q) }) },
  jakon: { pattern: '/jakon', toPath: (r) => withId('/jakon', r.id), fromPath: (_p, q) => ({ name: 'jakon', id: idOf(q) }) },
};

export const HOME: Route = { name: 'employers' };

export function routeToPath(route: Route): string {
  const spec = SPECS[route.name] as PathSpec<typeof route.name>;
  return spec.toPath(route as never);
}

/** The route an address names; anything unknown (an old bookmark, a typo) is the employer list. */
export function pathToRoute(pathname: string, search = ''): Route {
  const query = new URLSearchParams(search);
  for (const name of Object.keys(SPECS) as Name[]) {
    const spec = SPECS[name] as PathSpec<Name>;
    const match = matchPath({ path: spec.pattern, end: true }, pathname);
    if (match) return spec.fromPath(match.params, query);
  }
  return HOME;
}
