import { AppError } from '../errors/app-error';
import { COMMON_PASSWORDS } from './common-passwords';

export const MIN_PASSWORD_LENGTH = 8;

const common = new Set(COMMON_PASSWORDS.map((p) => p.normalize('NFKC').toLowerCase()));

/** The word under the usual decoration: "Bismillah123!" → "bismillah". */
const stem = (lower: string) => lower.replace(/[\d\W_]+$/u, '');

function isCommon(password: string): boolean {
  const lower = password.normalize('NFKC').toLowerCase();
  return common.has(lower) || common.has(stem(lower));
}

const oneCharacterRepeated = (password: string) => /^(.)\1*$/su.test(password);

/** Refuses short passwords, the username itself, and what a guesser tries first (NIST SP 800-63B §5.1.1.2). */
export function checkPassword(username: string, password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.toLowerCase() === username.toLowerCase()) {
    throw new AppError('PASSWORD_WEAK', { min: MIN_PASSWORD_LENGTH });
  }
  if (oneCharacterRepeated(password) || isCommon(password)) throw new AppError('PASSWORD_COMMON');
}
