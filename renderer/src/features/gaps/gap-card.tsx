import { useTranslation } from 'react-i18next';
import { formatDateId } from '../../../../shared/format/id-format';
import type { GapFollowUp } from '../../../../shared/gaps/gap-api-types';
import type { Gap } from '../../../../shared/gaps/gap-types';
import { useLocale } from '../../i18n/use-locale';
import { KindBadge, SeverityTag } from './gap-badges';
import { GapEvidenceView } from './gap-evidence';
import { gapExplanation, gapShortfall } from './gap-text';
import { FollowUpForm } from './follow-up-form';
import { FollowUpTimeline } from './follow-up-timeline';

interface Props {
  gap: Gap;
  followUps: readonly GapFollowUp[];
  onFollowUp: (entry: GapFollowUp) => void;
}

/** One gap of an employer: what, why (law), evidence, estimate, then its follow-up timeline and form. */
export function GapCard({ gap, followUps, onFollowUp }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const titleId = `gap-${gap.key.replace(/[^A-Za-z0-9]/g, '-')}`;
  const latest = followUps[followUps.length - 1]?.status ?? gap.followUp?.status ?? null;
  return (
    <article className={`gap-card gap-card-${gap.severity}`} aria-labelledby={titleId} data-testid={`gap-card-${gap.code}`} data-gap-key={gap.key}>
      <header className="gap-card-head">
        <h2 id={titleId}>
          <KindBadge code={gap.code} /> {t(`gaps.kind.${gap.code}`)}
        </h2>
        <SeverityTag severity={gap.severity} />
        <div className="gap-card-money" title={t('gaps.shortfallNote')}>
          <span className="muted">{t('gaps.shortfall')}</span>
          <strong data-testid="gap-shortfall">{gapShortfall(gap, locale)}</strong>
          <span className="muted">{t('gaps.perMonth')}</span>
        </div>
      </header>
      <p className="gap-explanation" data-testid="gap-explanation">
        {gapExplanation(gap, locale)}
      </p>
      <section className="gap-section" aria-label={t('gaps.evidence')}>
        <h3>
          {t('gaps.evidence')}{' '}
          <span className="muted gap-evidence-source">
            · {t('gaps.source')}: {t(`gaps.sourceName.${gap.evidence.source}`, { defaultValue: gap.evidence.source })} · {t('gaps.date')}:{' '}
            {formatDateId(gap.evidence.date, locale)}
          </span>
        </h3>
        <GapEvidenceView gap={gap} />
      </section>
      <p className="gap-basis">
        <span className="muted">{t('gaps.basis')}:</span> <span data-testid="gap-basis">{gap.basis}</span>
      </p>
      <p className="gap-note muted">{t('gaps.shortfallNote')}</p>
      <section className="gap-section gap-followup" aria-label={t('gaps.followUp.title')}>
        <h3>{t('gaps.followUp.title')}</h3>
        <FollowUpTimeline entries={followUps} />
        <FollowUpForm gapKey={gap.key} current={latest} onSaved={onFollowUp} />
      </section>
    </article>
  );
}
