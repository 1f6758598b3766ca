import { describe, expect, it } from 'vitest';
import { FOLLOWUP_STATUSES } from '../../shared/gaps/gap-types';
import { FOLLOWUP_STATUS_LABELS } from '../../shared/i18n/followup-status-labels';
import { formatMessage } from '../../shared/i18n/messages';

/** Issue 11: every status a person reads is a label in their locale, also inside an error message. */
describe('follow-up statuses in messages', () => {
  it('names the sanction and the step it needs by their labels, not their codes', () => {
    const params = { status: 'denda', previous: 'teguran_2' };
    expect(formatMessage('FOLLOWUP_OUT_OF_ORDER', params, 'id')).toBe(
      'Sanksi Denda hanya dapat dicatat setelah Teguran tertulis 2 (UU 24/2011 Ps.17; PP 86/2013).',
    );
    expect(formatMessage('FOLLOWUP_OUT_OF_ORDER', params, 'en')).toBe(
      'Sanction Fine can only be recorded after Written warning 2 (UU 24/2011 Art.17; PP 86/2013).',
    );
    expect(formatMessage('FOLLOWUP_OUT_OF_ORDER', { status: 'tmp2t', previous: 'denda' }, 'en')).toContain('after Fine');
  });

  it('names the sanction that needs a decider by its label', () => {
    expect(formatMessage('FOLLOWUP_DECIDER_REQUIRED', { status: 'denda' }, 'id')).toContain('Sanksi (Denda)');
    expect(formatMessage('FOLLOWUP_DECIDER_REQUIRED', { status: 'denda' }, 'en')).toContain('A sanction (Fine)');
  });

  it('has a label for every status in both locales, and leaves other messages\' parameters alone', () => {
    for (const locale of ['id', 'en'] as const) {
      for (const s of FOLLOWUP_STATUSES) expect(FOLLOWUP_STATUS_LABELS[locale][s]).toMatch(/^[A-Z]/);
    }
    expect(formatMessage('SCALE_MISMATCH_SALES', { suggested: 'selesai', typed: 'denda' }, 'id')).toContain('berskala selesai, bukan denda');
  });
});
