import { useEffect } from 'react';
import { useSessionStore } from '../../stores/session-store';

/** The same limit as the backend's SESSION_IDLE_MS (electron/auth/sessions.ts). */
export const IDLE_SIGN_OUT_MS = 30 * 60 * 1000;
const CHECK_EVERY_MS = 15 * 1000;
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

/**
 * Signs out after 30 minutes without keyboard or mouse input: the desk PC is shared, and a screen left
 * open shows personal data (UU 27/2022). The backend idles the session out too; this clears the screen.
 * Checked against the wall clock, so a PC that slept past the limit signs out as soon as it wakes.
 */
export function IdleSignOut() {
  useEffect(() => {
    let lastInput = Date.now();
    let signingOut = false;
    const onInput = () => {
      lastInput = Date.now();
    };
    const check = () => {
      if (signingOut || Date.now() - lastInput < IDLE_SIGN_OUT_MS) return;
      signingOut = true;
      // signOut clears the local session first; a failed server call only leaves a session that expires by itself.
      void useSessionStore.getState().signOut('idle').catch(() => undefined);
    };
    for (const name of INPUT_EVENTS) window.addEventListener(name, onInput, { capture: true, passive: true });
    document.addEventListener('visibilitychange', check);
    const timer = window.setInterval(check, CHECK_EVERY_MS);
    return () => {
      for (const name of INPUT_EVENTS) window.removeEventListener(name, onInput, { capture: true });
      document.removeEventListener('visibilitychange', check);
      window.clearInterval(timer);
    };
  }, []);
  return null;
}
