import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../features/imports/confirm-dialog';

/** "Buang isian yang belum disimpan?" as the app's own dialog, in the app's language; keeping is the default. */
export function DiscardDialog({ open, onDiscard, onKeep }: { open: boolean; onDiscard: () => void; onKeep: () => void }) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog open={open} title={t('form.confirmDiscard')} confirmLabel={t('walkthrough.dialog.discard')} onConfirm={onDiscard} onCancel={onKeep} testId="discard-dialog">
      <p>{t('walkthrough.dialog.discardBody')}</p>
    </ConfirmDialog>
  );
}
