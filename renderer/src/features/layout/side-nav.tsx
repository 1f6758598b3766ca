import { useTranslation } from 'react-i18next';
import { can, type Permission } from '../../../../shared/api/permissions';
import { useNavStore, type Route } from '../../stores/nav-store';
import { useSessionStore } from '../../stores/session-store';

type Section =
  | 'employers'
  | 'employer-new'
  | 'enrol'
  | 'worker-search'
  | 'imports'
  | 'gaps'
  | 'coverage'
  | 'lists'
  | 'summary'
  | 'staff'
  | 'audit'
  | 'backups'
  | 'sync'
  | 'conflicts'
  | 'bpu'
  | 'programmes'
  | 'jakon';

function sectionOf(route: Route): Section {
  switch (route.name) {
    case 'employers':
    case 'employer-detail':
    case 'employer-edit':
      return 'employers';
    case 'worker-detail':
      return 'worker-search';
    case 'gap-employer':
      return 'gaps';
    default:
      return route.name;
  }
}

interface Item {
  section: Section;
  label: string;
  go: Route;
  /** Shown only to roles that may use it; the backend checks again. */
  needs: Permission;
  key?: string;
  group: 'desk' | 'compliance' | 'admin';
}

export function SideNav() {
  const { t } = useTranslation();
  const route = useNavStore((s) => s.route);
  const navigate = useNavStore((s) => s.navigate);
  const role = useSessionStore((s) => s.session?.role);
  const current = sectionOf(route);

  const items: Item[] = [
    { group: 'desk', section: 'employers', label: t('nav.employers'), go: { name: 'employers' }, needs: 'read', key: 'Alt+1' },
    { group: 'desk', section: 'employer-new', label: t('nav.employerNew'), go: { name: 'employer-new' }, needs: 'enter', key: 'Alt+2' },
    { group: 'desk', section: 'enrol', label: t('nav.enrol'), go: { name: 'enrol', npp: null }, needs: 'enter', key: 'Alt+3' },
    { group: 'desk', section: 'bpu', label: t('segments.nav.bpu'), go: { name: 'bpu' }, needs: 'enter' },
    { group: 'desk', section: 'programmes', label: t('segments.nav.programmes'), go: { name: 'programmes' }, needs: 'read' },
    { group: 'desk', section: 'jakon', label: t('segments.nav.jakon'), go: { name: 'jakon' }, needs: 'read' },
    { group: 'desk', section: 'worker-search', label: t('nav.workerSearch'), go: { name: 'worker-search' }, needs: 'read', key: 'Alt+4' },
    { group: 'desk', section: 'imports', label: t('nav.imports'), go: { name: 'imports', npp: null }, needs: 'enter', key: 'Alt+5' },
    { group: 'compliance', section: 'gaps', label: t('nav.gaps'), go: { name: 'gaps' }, needs: 'read', key: 'Alt+6' },
    { group: 'compliance', section: 'coverage', label: t('nav.coverage'), go: { name: 'coverage' }, needs: 'read' },
    // Company lists and payrolls need 'enter', workforce figures 'reference': the screen offers what the role may.
    { group: 'compliance', section: 'lists', label: t('nav.lists'), go: { name: 'lists' }, needs: 'read' },
    { group: 'compliance', section: 'summary', label: t('nav.summary'), go: { name: 'summary' }, needs: 'read' },
    { group: 'admin', section: 'staff', label: t('nav.staff'), go: { name: 'staff' }, needs: 'accounts' },
    { group: 'admin', section: 'audit', label: t('nav.audit'), go: { name: 'audit' }, needs: 'audit' },
    { group: 'admin', section: 'backups', label: t('nav.backups'), go: { name: 'backups' }, needs: 'backup' },
    { group: 'admin', section: 'sync', label: t('nav.sync'), go: { name: 'sync' }, needs: 'accounts' },
    // Everyone may read the conflicts; only the branch head settles them (the screen says so).
    { group: 'admin', section: 'conflicts', label: t('nav.conflicts'), go: { name: 'conflicts' }, needs: 'read' },
  ];
  const visible = items.filter((item) => role && can(role, item.needs));

  return (
    <nav className="side-nav" aria-label={t('nav.label')}>
      {(['desk', 'compliance', 'admin'] as const).map((group) => {
        const inGroup = visible.filter((i) => i.group === group);
        if (!inGroup.length) return null;
        return (
          <ul key={group} className="nav-group">
            {inGroup.map((item) => (
              <li key={item.section}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={current === item.section ? 'page' : undefined}
                  data-testid={`nav-${item.section}`}
                  title={item.key}
                  aria-keyshortcuts={item.key}
                  onClick={() => navigate(item.go)}
                >
                  {item.label}
                </button>
              </li>
            ))}
          </ul>
        );
      })}
    </nav>
  );
}
