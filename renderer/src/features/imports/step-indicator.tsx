import { useTranslation } from 'react-i18next';
import type { ImportStep } from '../../stores/import-wizard-store';

const STEPS: ImportStep[] = ['file', 'header', 'mapping', 'preview', 'done'];

/** Where the clerk is in the wizard; earlier steps can be revisited while the file is still uploaded. */
export function StepIndicator({ step, canGo, onGo }: { step: ImportStep; canGo: (s: ImportStep) => boolean; onGo: (s: ImportStep) => void }) {
  const { t } = useTranslation();
  const current = STEPS.indexOf(step);
  return (
    <nav aria-label={t('imports.steps.label')}>
      <ol className="import-steps" data-testid="import-steps">
        {STEPS.map((s, i) => {
          const state = i < current ? 'is-past' : i === current ? 'is-current' : 'is-future';
          const clickable = i < current && canGo(s);
          return (
            <li key={s} className={state} aria-current={i === current ? 'step' : undefined}>
              <span className="step-no" aria-hidden="true">{i + 1}</span>
              {clickable ? (
                <button type="button" className="link" onClick={() => onGo(s)} data-testid={`import-step-${s}`}>
                  {t(`imports.steps.${s}`)}
                </button>
              ) : (
                <span data-testid={`import-step-${s}`}>{t(`imports.steps.${s}`)}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
