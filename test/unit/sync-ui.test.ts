import { describe, expect, it } from 'vitest';
import { API_NAMES } from '../../shared/api/names';
import { formatSyncTime, syncErrorText } from '../../renderer/src/features/sync/sync-format';
import { isWrite } from '../../renderer/src/features/sync/write-handlers';

describe('top-bar sync state, pure parts', () => {
  it('shows the time alone for a sync today, with the day for an earlier one (the desk clock, Indonesian)', () => {
    const now = new Date(2026, 10, 22, 16, 0);
    expect(formatSyncTime(new Date(2026, 10, 22, 14, 5).toISOString(), 'id', now)).toBe('14.05');
    expect(formatSyncTime(new Date(2026, 10, 20, 9, 30).toISOString(), 'id', now)).toMatch(/^20 Nov,? 09\.30$/);
    expect(formatSyncTime(new Date(2026, 10, 22, 14, 5).toISOString(), 'en', now)).toBe('14:05');
  });

  it('leaves out the placeholders a stored error code cannot fill, instead of showing "{detail}"', () => {
    expect(syncErrorText('SYNC_UNREACHABLE', 'id')).toBe(
      'Server cabang tidak dapat dihubungi. Pekerjaan tetap tersimpan di meja ini dan dikirim saat tersambung.',
    );
    expect(syncErrorText('SYNC_DESK_REVOKED', 'id', { desk: 'meja-2' })).toBe('Kunci meja meja-2 sudah dicabut. Minta kunci baru ke admin wilayah.');
    expect(syncErrorText('SYNC_DESK_REVOKED', 'en')).toBe('Desk key has been revoked. Ask the regional admin for a new key.');
  });

  it('reads the pending count again after writes only: enrolment, imports, list imports, conflict verdicts', () => {
    const writes = API_NAMES.filter(isWrite);
    expect(writes).toEqual(expect.arrayContaining(['workers-enrol', 'employers-save', 'imports-commit', 'imports-undo', 'lists-import', 'lists-undo', 'conflicts-resolve', 'staff-save']));
    for (const read of ['employers-list', 'workers-search', 'sync-status', 'sync-run', 'app-info', 'auth-signin', 'conflicts-list', 'uploads-put'] as const) {
      expect(isWrite(read), read).toBe(false);
    }
  });
});
