import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../../shared/api/permissions';
import { formatPercentId } from '../../../../shared/format/id-format';
import type { GapFollowUp } from '../../../../shared/gaps/gap-api-types';
import type { Gap, PwbdEvidence } from '../../../../shared/gaps/gap-types';
import { call } from '../../api/client';
import { toApiCallError } from '../../api/api-call-error';
import { useLocale } from '../../i18n/use-locale';
import { errorText } from '../../lib/issue-text';
import { useBannerStore } from '../../stores/banner-store';
import { useNavStore } from '../../stores/nav-store';
import { useSessionStore } from '../../stores/session-store';
import { KindBadge, SeverityTag } from './gap-badges';
import { PwbdFacts } from './gap-evidence';
import { gapExplanation, gapShortfall } from './gap-text';
import { FollowUpForm } from './follow-up-form';
import { FollowUpTimeline } from './follow-up-timeline';

interface Props {
  gap: Gap;
  regencyName: string;
  onClose: () => void;
  /** After a link or a follow-up: the list recomputes. */
  onChanged: (message?: string) => void;
}

/**
 * A PWBD candidate has no NPP, so it opens here beside the list: the outside-list evidence, its closest
 * registered near-miss with a link action, and the follow-up of the candidate itself.
 */
export function PwbdPanel({ gap, regencyName, onClose, onChanged }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavStore((s) => s.navigate);
  const session = useSessionStore((s) => s.session);
  const e = gap.evidence as PwbdEvidence & { source: string; date: string };
  const [followUps, setFollowUps] = useState<GapFollowUp[] | null>(null);
  const [version, setVersion] = useState(0);
  const [linking, setLinking] = useState(false);
  const [linkError, setLinkError] = useState<string | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);

  // Opening a candidate moves the keyboard into the panel (once, not on every render).
  useEffect(() => titleRef.current?.focus(), []);

  useEffect(() => {
    let live = true;
    call('gaps-followups', { gapKey: gap.key })
      .then((f) => live && setFollowUps(f))
      .catch((err: unknown) => live && useBannerStore.getState().show(err));
    return () => {
      live = false;
    };
  }, [gap.key, version]);

  const near = e.nearMiss;
  const mayLink = session ? can(session.role, 'enter') : false;

  const link = async () => {
    if (!near || !session) return;
    setLinking(true);
    setLinkError(null);
    try {
      await call('prospects-link', { prospectId: e.prospectId, npp: near.npp });
      onChanged(t('gaps.pwbd.linked', { name: gap.name, npp: near.npp }));
    } catch (err) {
      setLinkError(errorText(toApiCallError(err), locale));
    } finally {
      setLinking(false);
    }
  };

  return (
    <aside
      className="pwbd-panel"
      aria-labelledby="pwbd-title"
      data-testid="pwbd-panel"
      onKeyDown={(ev) => {
        if (ev.key === 'Escape') onClose();
      }}
    >
      <header className="pwbd-head">
        <h2 id="pwbd-title" tabIndex={-1} ref={titleRef}>
          <KindBadge code="PWBD" /> {gap.name}
        </h2>
        <button type="button" className="btn btn-quiet" onClick={onClose} data-testid="pwbd-close">
          {t('gaps.pwbd.close')} <kbd>Esc</kbd>
        </button>
      </header>
      <div className="pwbd-meta">
        <SeverityTag severity={gap.severity} />
        <span className="pwbd-money" title={t('gaps.shortfallNote')}>
          <span className="muted">{t('gaps.shortfall')}</span> <strong>{gapShortfall(gap, locale)}</strong>{' '}
          <span className="muted">{t('gaps.perMonth')}</span>
        </span>
      </div>
      <p className="gap-explanation">{gapExplanation(gap, locale)}</p>
      <section className="pwbd-near" aria-label={t('gaps.pwbd.nearMiss')} data-testid="pwbd-near-miss">
        <h3>{t('gaps.pwbd.nearMiss')}</h3>
        {near ? (
          <>
            <p>
              <strong>{near.name}</strong> · <span className="mono">NPP {near.npp}</span> ·{' '}
              <span className="muted">{t('gaps.pwbd.similarity', { pct: formatPercentId(near.similarity, locale, 0) })}</span>
            </p>
            <p className="muted">{t('gaps.pwbd.linkHint')}</p>
            <div className="pwbd-actions">
              {mayLink && (
                <button type="button" className="btn btn-primary" disabled={linking} onClick={() => void link()} data-testid="pwbd-link">
                  {linking ? t('gaps.pwbd.linking') : t('gaps.pwbd.link')}
                </button>
              )}
              <button type="button" className="btn" onClick={() => navigate({ name: 'gap-employer', npp: near.npp })}>
                {t('gaps.pwbd.openNearMiss')}
              </button>
            </div>
            {linkError && <p className="msg msg-error">{linkError}</p>}
          </>
        ) : (
          <p className="muted">{t('gaps.pwbd.nearMissNone')}</p>
        )}
      </section>
      <PwbdFacts e={e} regencyName={regencyName} />
      <p className="gap-basis">
        <span className="muted">{t('gaps.basis')}:</span> {gap.basis}
      </p>
      <section className="gap-section gap-followup" aria-label={t('gaps.followUp.title')}>
        <h3>{t('gaps.followUp.title')}</h3>
        {followUps ? <FollowUpTimeline entries={followUps} /> : <p className="muted">{t('common.loading')}</p>}
        <FollowUpForm
          key={gap.key}
          gapKey={gap.key}
          current={followUps?.[followUps.length - 1]?.status ?? gap.followUp?.status ?? null}
          onSaved={() => {
            setVersion((v) => v + 1);
            onChanged();
          }}
        />
      </section>
    </aside>
  );
}
