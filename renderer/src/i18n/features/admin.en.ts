import type { Strings } from '../strings';
import type { adminId } from './admin.id';

export const adminEn: Strings<typeof adminId> = {
  title: 'Administration',
};
