import type { Role } from '../domain/staff';
import type { ApiName } from './names';

/**
 * What a role may do. `enter`: desk entry and imports; `personal-export`: exports carrying NIK or wages;
 * `undo-others`: undo another clerk's import; `sign-off`: close a gap's follow-up; `reference`: reference
 * data; `accounts`: staff accounts; `audit`: read the audit trail; `backup`: back up and restore the store;
 * `correct-identity`: correct a person's name, birth date or gender.
 */
export const PERMISSIONS = ['read', 'enter', 'personal-export', 'undo-others', 'sign-off', 'reference', 'accounts', 'audit', 'backup', 'correct-identity'] as const;
export type Permission = (typeof PERMISSIONS)[number];

const GRANTS: Record<Role, readonly Permission[]> = {
  petugas: ['read', 'enter'],
  kepala_cabang: ['read', 'enter', 'personal-export', 'undo-others', 'sign-off', 'reference', 'audit', 'backup', 'correct-identity'],
  admin: ['read', 'reference', 'accounts', 'audit', 'backup'],
};

export const can = (role: Role, permission: Permission): boolean => GRANTS[role].includes(permission);

/** What each handler needs; anything not listed needs a signed-in user ('read'). Checked in dispatch. */
export const HANDLER_PERMISSIONS: Partial<Record<ApiName, Permission | 'public'>> = {
  'app-info': 'public',
  'auth-status': 'public',
  'auth-setup': 'public',
  'auth-signin': 'public',
  'auth-signout': 'public',
  'employers-save': 'enter',
  'workers-enrol': 'enter',
  'workers-end': 'enter',
  'memberships-wage': 'enter',
  'memberships-move': 'enter',
  'employers-programs': 'enter',
  'workers-correct': 'correct-identity',
  // Whoever may import something may upload it; the import handler checks what the file is for.
  'uploads-put': 'read',
  'imports-preview': 'enter',
  'imports-commit': 'enter',
  'imports-undo': 'enter',
  'imports-check-start': 'enter',
  'imports-commit-start': 'enter',
  'staff-list': 'accounts',
  'staff-save': 'accounts',
  'audit-list': 'audit',
  'audit-export': 'audit',
  'backups-list': 'backup',
  'backups-create': 'backup',
  'backups-restore': 'backup',
  'gaps-followup-add': 'enter',
  'prospects-import': 'enter',
  'prospects-link': 'enter',
  'payroll-import': 'enter',
  'workforce-save': 'reference',
  'workforce-import': 'reference',
  // Checked in the handler: 'reference' for workforce figures, 'enter' for company lists and payrolls.
  'lists-import': 'read',
  'lists-history': 'read',
  'lists-undo': 'read',
  // The desk's link to the branch server is set up by the admin; conflicts are settled by the branch head.
  'sync-configure': 'accounts',
  'conflicts-resolve': 'sign-off',
  'bpu-enrol': 'enter',
  'programmes-save': 'enter',
  'funded-import': 'enter',
  'funded-annotated': 'enter',
  // Checked in the handler: a clerk undoes their own import, the branch head anyone's.
  'funded-undo': 'enter',
  'jakon-save': 'enter',
  'jakon-worker-add': 'enter',
  'jakon-import': 'enter',
  'jakon-annotated': 'enter',
  // Checked in the handler, as for the other imports.
  'jakon-undo': 'enter',
};

export const permissionFor = (name: ApiName): Permission | 'public' => HANDLER_PERMISSIONS[name] ?? 'read';
