import type { Strings } from '../strings';
import type { walkthroughId } from './walkthrough.id';

/** UI strings for issue 11's navigation and walkthrough fixes (English). */
export const walkthroughEn: Strings<typeof walkthroughId> = {
  noToken: {
    title: 'The address is incomplete',
    example: 'The full address is shown in the window where Sigap was started, for example http://127.0.0.1:5173/?token=…',
  },
  wizard: {
    gone: 'The uploaded file this address names is gone (saved, cancelled or older than 24 hours). Upload the file again.',
  },
  dialog: {
    discard: 'Discard',
    discardBody: 'What you typed in this form is not saved and will be lost.',
    signInMissing: 'Enter your username and password.',
    ok: 'OK',
    cancel: 'Cancel',
    required: 'Required.',
  },
};
