import type { Strings } from '../strings';
import type { importsId } from './imports.id';

export const importsEn: Strings<typeof importsId> = {
  title: 'Excel import',
};
