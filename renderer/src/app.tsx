import { useEffect, useState } from 'react';
import { EmployerDetailScreen } from './features/employers/employer-detail-screen';
import { EmployerFormScreen } from './features/employers/employer-form-screen';
import { EmployerListScreen } from './features/employers/employer-list-screen';
import { AuditScreen } from './features/admin/audit-screen';
import { BackupsScreen } from './features/admin/backups-screen';
import { StaffScreen } from './features/admin/staff-screen';
import { IdleSignOut } from './features/auth/idle-sign-out';
import { NoTokenScreen } from './features/auth/no-token-screen';
import { SignInScreen } from './features/auth/sign-in-screen';
import { CoverageScreen } from './features/gaps/coverage-screen';
import { GapEmployerScreen } from './features/gaps/gap-employer-screen';
import { GapsScreen } from './features/gaps/gaps-screen';
import { ImportsScreen } from './features/imports/imports-screen';
import { ListsScreen } from './features/lists/lists-screen';
import { SummaryPrintPage } from './features/summary/summary-print-page';
import { SummaryScreen } from './features/summary/summary-screen';
import { ConflictsScreen } from './features/sync/conflicts-screen';
import { SyncScreen } from './features/sync/sync-screen';
import { BpuScreen } from './features/segments/bpu-screen';
import { JakonScreen } from './features/segments/jakon-screen';
import { ProgrammesScreen } from './features/segments/programmes-screen';
import { parsePrintHash } from '../../shared/summary/summary-helpers';
import { AuditChainBanner } from './features/layout/audit-chain-banner';
import { ErrorBanner } from './features/layout/error-banner';
import { SideNav } from './features/layout/side-nav';
import { TopBar } from './features/layout/top-bar';
import { EnrolScreen } from './features/workers/enrol-screen';
import { WorkerDetailScreen } from './features/workers/worker-detail-screen';
import { WorkerSearchScreen } from './features/workers/worker-search-screen';
import { useBannerStore } from './stores/banner-store';
import { useNavStore, type Route } from './stores/nav-store';
import { useReferenceStore } from './stores/reference-store';
import { useSessionStore } from './stores/session-store';

const SHORTCUTS: Record<string, Route> = {
  Digit1: { name: 'employers' },
  Digit2: { name: 'employer-new' },
  Digit3: { name: 'enrol', npp: null },
  Digit4: { name: 'worker-search' },
  Digit5: { name: 'imports', npp: null },
  Digit6: { name: 'gaps' },
};

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'employers':
      return <EmployerListScreen />;
    case 'employer-new':
      return <EmployerFormScreen key="new" npp={null} />;
    case 'employer-edit':
      return <EmployerFormScreen key={`edit-${route.npp}`} npp={route.npp} />;
    case 'employer-detail':
      return <EmployerDetailScreen key={route.npp} npp={route.npp} />;
    case 'enrol':
      return <EnrolScreen key={route.npp ?? 'pick'} npp={route.npp} />;
    case 'worker-search':
      return <WorkerSearchScreen />;
    case 'worker-detail':
      return <WorkerDetailScreen key={route.nik} nik={route.nik} />;
    case 'imports':
      return <ImportsScreen key={route.npp ?? 'any'} npp={route.npp} />;
    case 'gaps':
      return <GapsScreen />;
    case 'gap-employer':
      return <GapEmployerScreen key={route.npp} npp={route.npp} />;
    case 'coverage':
      return <CoverageScreen />;
    case 'lists':
      return <ListsScreen />;
    case 'summary':
      return <SummaryScreen />;
    case 'staff':
      return <StaffScreen />;
    case 'audit':
      return <AuditScreen />;
    case 'backups':
      return <BackupsScreen />;
    case 'sync':
      return <SyncScreen />;
    case 'conflicts':
      return <ConflictsScreen />;
    case 'bpu':
      return <BpuScreen />;
    case 'programmes':
      return <ProgrammesScreen initial={route.id ?? null} />;
    case 'jakon':
      return <JakonScreen initial={route.id ?? null} />;
  }
}

function Desk() {
  const route = useNavStore((s) => s.route);
  const navigate = useNavStore((s) => s.navigate);
  const loadReference = useReferenceStore((s) => s.load);

  useEffect(() => {
    void loadReference();
  }, [loadReference]);

  // An error belongs to the screen it happened on.
  useEffect(() => {
    useBannerStore.getState().dismiss();
  }, [route]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const target = SHORTCUTS[e.code];
      if (target) {
        e.preventDefault();
        navigate(target);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  return (
    <div className="app">
      <IdleSignOut />
      <TopBar />
      <div className="app-body">
        <SideNav />
        <main className="content" id="content">
          <AuditChainBanner />
          <ErrorBanner />
          <Screen route={route} />
        </main>
      </div>
    </div>
  );
}

/** Nothing but sign-in (or first-run setup) until someone has signed in: the data is personal (UU 27/2022). */
export function App() {
  const phase = useSessionStore((s) => s.phase);
  const load = useSessionStore((s) => s.load);
  const [printTarget] = useState(() => parsePrintHash(window.location.hash));
  useEffect(() => {
    load().catch(() => useSessionStore.setState({ phase: 'signed-out' }));
  }, [load]);
  if (phase === 'loading') return null;
  if (phase === 'no-token') return <NoTokenScreen />;
  if (phase !== 'signed-in') return <SignInScreen key={phase} setup={phase === 'setup'} />;
  // Print entry (the CLI's PDF): `#/cetak/ringkasan?…` shows the summary page alone, without the desk.
  if (printTarget) return <SummaryPrintPage target={printTarget} />;
  return <Desk />;
}
