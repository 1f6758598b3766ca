import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  busy?: boolean;
  /** What the busy button says: the work by name ("Membatalkan impor…"), not a generic "saving". */
  busyLabel?: string;
  onConfirm: () => void;
  onCancel: () => void;
  testId: string;
}

/**
 * A modal question on the native <dialog>: focus is trapped inside, Esc cancels, and focus returns to the
 * button that opened it. The safe choice (cancel) has the focus first.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, busy = false, busyLabel, onConfirm, onCancel, testId }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={`${testId}-title`}
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
      data-testid={testId}
    >
      {open && (
        <>
          <h2 id={`${testId}-title`}>{title}</h2>
          <div className="confirm-body">{children}</div>
          <div className="confirm-actions">
            <button type="button" className="btn" autoFocus onClick={onCancel} disabled={busy} data-testid={`${testId}-cancel`}>
              {t('common.cancel')} <kbd>Esc</kbd>
            </button>
            <button type="button" className="btn btn-primary" onClick={onConfirm} disabled={busy} data-testid={`${testId}-yes`}>
              {busy ? (busyLabel ?? t('common.saving')) : confirmLabel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
