import type { Strings } from '../strings';
import type { jobsId } from './jobs.id';

export const jobsEn: Strings<typeof jobsId> = {
  stage: {
    queued: 'Starting…',
    waiting: 'Waiting: another import is being saved',
    reading: 'Reading the file',
    checking: 'Checking rows',
    writing: 'Saving to the store',
    done: 'Done',
  },
  figures: '{{done}} of {{total}} rows',
  percent: '{{percent}} %',
  eta: 'about {{time}} left',
  seconds: '{{n}} s',
  minutes: '{{n}} min',
  elapsed: '{{n}} s so far',
  cancel: 'Cancel',
  cancelling: 'Cancelling…',
  cancelled: 'Cancelled. Nothing was saved.',
  running: {
    title: 'Running jobs',
    check: 'Checking {{file}}',
    write: 'Importing {{file}}',
    interrupted: 'Stopped because the app was closed (started {{at}}). Nothing of it was saved; run it again.',
    dismiss: 'Dismiss',
    saved: 'Import #{{id}} saved: {{accepted}} rows ({{inserted}} new, {{updated}} updated).',
  },
};
