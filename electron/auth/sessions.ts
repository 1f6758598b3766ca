import crypto from 'node:crypto';
import type { SessionInfo } from '../../shared/domain/staff';

/** A desk PC is shared: a session idles out, so a clerk who walks away does not leave a door open. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;

interface Entry extends SessionInfo {
  lastSeen: number;
}

/** Signed-in sessions, in memory only: a restart signs everyone out. */
export class SessionStore {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly clock: () => number = Date.now) {}

  open(info: SessionInfo): string {
    const token = crypto.randomBytes(24).toString('base64url');
    this.entries.set(token, { ...info, lastSeen: this.clock() });
    return token;
  }

  get(token: string | undefined): SessionInfo | null {
    if (!token) return null;
    const entry = this.entries.get(token);
    if (!entry) return null;
    if (this.clock() - entry.lastSeen > SESSION_IDLE_MS) {
      this.entries.delete(token);
      return null;
    }
    entry.lastSeen = this.clock();
    const { lastSeen: _seen, ...info } = entry;
    return info;
  }

  close(token: string | undefined): void {
    if (token) this.entries.delete(token);
  }

  /** After an account changes (role, deactivation), its open sessions end. */
  closeAllFor(username: string): void {
    for (const [token, e] of this.entries) if (e.username.toLowerCase() === username.toLowerCase()) this.entries.delete(token);
  }

  /** After a restore every session ends: the restored store may not hold these accounts, or not with these roles. */
  closeAll(): void {
    this.entries.clear();
  }
}
