import type { KeyboardEvent } from 'react';

/**
 * Desk-form keys: Esc cancels; Enter in a field while the form is blocked takes the clerk to the first
 * problem (a disabled submit would otherwise ignore the key without a word).
 */
export function formKeyHandler(opts: { cancel: () => void; blocked: boolean; focusFirstProblem: () => void }) {
  return (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      opts.cancel();
    } else if (e.key === 'Enter' && opts.blocked && (e.target as HTMLElement).tagName === 'INPUT') {
      e.preventDefault();
      opts.focusFirstProblem();
    }
  };
}
