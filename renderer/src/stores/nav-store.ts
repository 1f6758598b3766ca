import { create } from 'zustand';
import { HOME, pathToRoute, routeToPath } from './route-paths';

export type Route =
  | { name: 'employers' }
  | { name: 'employer-new' }
  | { name: 'employer-edit'; npp: string }
  | { name: 'employer-detail'; npp: string }
  | { name: 'enrol'; npp: string | null }
  | { name: 'worker-search' }
  | { name: 'worker-detail'; nik: string }
  | { name: 'imports'; npp: string | null }
  | { name: 'gaps' }
  | { name: 'gap-employer'; npp: string }
  | { name: 'coverage' }
  | { name: 'lists' }
  | { name: 'summary' }
  | { name: 'staff' }
  | { name: 'audit' }
  | { name: 'backups' }
  | { name: 'sync' }
  | { name: 'conflicts' }
  | { name: 'bpu' }
  | { name: 'programmes'; id?: number | null }
  | { name: 'jakon'; id?: number | null };

export interface NavOptions {
  /** Replace the current history entry instead of adding one (redirects, a guard sending someone away). */
  replace?: boolean;
}

/** What the store needs of the router: react-router's data router satisfies it. */
export interface NavRouter {
  state: { location: { pathname: string; search: string } };
  navigate: {
    (to: number): Promise<void> | void;
    (to: string, opts?: { replace?: boolean }): Promise<void> | void;
  };
  subscribe: (listener: (state: { location: { pathname: string; search: string } }) => void) => () => void;
}

interface NavState {
  /** The screen the address bar names (kept in step with the router). */
  route: Route;
  navigate: (route: Route, opts?: NavOptions) => void;
  /** History back when the clerk came from a screen of this tab; else the fallback. */
  back: (fallback: Route) => void;
}

let router: NavRouter | null = null;

/**
 * The URL is the state (STYLE.md 14): `navigate` goes through the router, and the router's location is
 * mirrored here so screens keep reading `route` as before. Back/Forward, reload and a second tab all start
 * from the address.
 */
export const useNavStore = create<NavState>(() => ({
  route: HOME,
  navigate: (route, opts) => {
    if (!router) return useNavStore.setState({ route });
    const path = routeToPath(route);
    const here = router.state.location;
    if (here.pathname + here.search === path) return;
    void router.navigate(path, { replace: opts?.replace ?? false });
  },
  back: (fallback) => {
    // react-router's history keeps its own index in history.state: 0 is the first entry of this tab.
    // (globalThis: this module is also type-checked by the node tests, which have no DOM types.)
    const idx = (globalThis as { history?: { state: { idx?: number } | null } }).history?.state?.idx ?? 0;
    if (router && idx > 0) void router.navigate(-1);
    else useNavStore.getState().navigate(fallback, { replace: true });
  },
}));

/** Connects the store to the app's router; returns the unsubscribe. */
export function bindRouter(r: NavRouter): () => void {
  router = r;
  const sync = (location: { pathname: string; search: string }) => {
    const next = pathToRoute(location.pathname, location.search);
    if (JSON.stringify(next) !== JSON.stringify(useNavStore.getState().route)) useNavStore.setState({ route: next });
  };
  sync(r.state.location);
  const stop = r.subscribe((state) => sync(state.location));
  return () => {
    stop();
    router = null;
  };
}
