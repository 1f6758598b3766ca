import type { Strings } from '../strings';
import type { summaryId } from './summary.id';

export const summaryEn: Strings<typeof summaryId> = {
  title: 'Branch summary',
};
