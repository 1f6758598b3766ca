import type { Strings } from '../strings';
import type { gapsId } from './gaps.id';

export const gapsEn: Strings<typeof gapsId> = {
  title: 'Compliance gaps',
};
