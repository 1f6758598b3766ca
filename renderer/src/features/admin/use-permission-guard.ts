import { useEffect } from 'react';
import { can, type Permission } from '../../../../shared/api/permissions';
import { useNavStore } from '../../stores/nav-store';
import { useSessionStore } from '../../stores/session-store';

/**
 * Whether the signed-in role may use this screen. The route outlives a sign-out, so the next person to sign
 * in at a shared desk could land on the previous user's admin screen: send them to the employer list instead.
 */
export function usePermissionGuard(permission: Permission): boolean {
  const allowed = useSessionStore((s) => (s.session ? can(s.session.role, permission) : false));
  const navigate = useNavStore((s) => s.navigate);
  useEffect(() => {
    if (!allowed) navigate({ name: 'employers' }, { replace: true });
  }, [allowed, navigate]);
  return allowed;
}
