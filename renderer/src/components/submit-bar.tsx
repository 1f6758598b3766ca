import { useTranslation } from 'react-i18next';

interface Props {
  submitLabel: string;
  busy: boolean;
  /** Why the form cannot be submitted yet; empty when it can. */
  blockers: string[];
  onCancel: () => void;
  submitTestId: string;
}

/** Submit and cancel. A disabled submit always says why, next to it. */
export function SubmitBar({ submitLabel, busy, blockers, onCancel, submitTestId }: Props) {
  const { t } = useTranslation();
  const blocked = blockers.length > 0;
  return (
    <div className="submit-bar">
      <button
        type="submit"
        className="btn btn-primary"
        disabled={blocked || busy}
        aria-describedby={blocked ? `${submitTestId}-why` : undefined}
        data-testid={submitTestId}
      >
        {busy ? t('common.saving') : submitLabel}
      </button>
      <button type="button" className="btn" onClick={onCancel} data-testid={`${submitTestId}-cancel`}>
        {t('common.cancel')} <kbd>Esc</kbd>
      </button>
      {blocked && (
        <p id={`${submitTestId}-why`} className="submit-why" data-testid="submit-why">
          {t('form.blocked', { fields: blockers.join(', ') })}
        </p>
      )}
    </div>
  );
}
