import { useEffect, useRef } from 'react';
import { can } from '../../../../shared/api/permissions';
import { formatMessage } from '../../../../shared/i18n/messages';
import { useLocale } from '../../i18n/use-locale';
import { useAppInfoStore } from '../../stores/app-info-store';
import { useSessionStore } from '../../stores/session-store';

/** Warns those who read the audit trail (branch head, admin) that its hash chain no longer verifies. */
export function AuditChainBanner() {
  const locale = useLocale();
  const info = useAppInfoStore((s) => s.info);
  const refresh = useAppInfoStore((s) => s.refresh);
  const mayAudit = useSessionStore((s) => (s.session ? can(s.session.role, 'audit') : false));
  const checking = info !== null && info.auditChain === null;
  const asked = useRef(0);
  useEffect(() => {
    // The check runs in the background at start-up; ask again (a few times at most) once it has had time to finish.
    if (!checking || !mayAudit || asked.current >= 3) return;
    const timer = setTimeout(() => {
      asked.current++;
      void refresh();
    }, 10_000);
    return () => clearTimeout(timer);
  }, [checking, mayAudit, refresh]);
  if (!mayAudit || !info?.auditChain || info.auditChain.ok) return null;
  return (
    <div className="banner banner-error" role="alert" data-testid="audit-chain-banner">
      <p>{formatMessage('AUDIT_CHAIN_BROKEN', { firstBad: info.auditChain.firstBad ?? '?' }, locale)}</p>
    </div>
  );
}
