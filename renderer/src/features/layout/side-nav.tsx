import { useTranslation } from 'react-i18next';
import { useNavStore, type Route } from '../../stores/nav-store';

type Section = 'employers' | 'employer-new' | 'enrol' | 'worker-search';

function sectionOf(route: Route): Section {
  switch (route.name) {
    case 'employers':
    case 'employer-detail':
    case 'employer-edit':
      return 'employers';
    case 'employer-new':
      return 'employer-new';
    case 'enrol':
      return 'enrol';
    case 'worker-search':
    case 'worker-detail':
      return 'worker-search';
  }
}

export function SideNav() {
  const { t } = useTranslation();
  const route = useNavStore((s) => s.route);
  const navigate = useNavStore((s) => s.navigate);
  const current = sectionOf(route);

  const items: { section: Section; label: string; go: Route; key: string }[] = [
    { section: 'employers', label: t('nav.employers'), go: { name: 'employers' }, key: 'Alt+1' },
    { section: 'employer-new', label: t('nav.employerNew'), go: { name: 'employer-new' }, key: 'Alt+2' },
    { section: 'enrol', label: t('nav.enrol'), go: { name: 'enrol', npp: null }, key: 'Alt+3' },
    { section: 'worker-search', label: t('nav.workerSearch'), go: { name: 'worker-search' }, key: 'Alt+4' },
  ];

  return (
    <nav className="side-nav" aria-label={t('nav.label')}>
      <ul>
        {items.map((item) => (
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
    </nav>
  );
}
