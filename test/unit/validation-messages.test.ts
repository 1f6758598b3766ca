import { describe, expect, it } from 'vitest';
import type { ValidationIssue } from '../../shared/validate/issue';
import { validationMessages as coreMessages } from '../../shared/i18n/validation-messages';
import { walkthroughMessages } from '../../shared/i18n/walkthrough-messages';
import { validateKpj } from '../../shared/validate/kpj';
import { validateNib } from '../../shared/validate/nib';
import { nikBirthDateMismatch, nikGenderMismatch, validateNik } from '../../shared/validate/nik';
import { validateNpp } from '../../shared/validate/npp';
import { validateNpwp } from '../../shared/validate/npwp';

// The NIK codes issue 11 added live in their own catalogue.
const validationMessages = { ...coreMessages, ...walkthroughMessages };
const today = new Date(2025, 5, 15);
const samples: ValidationIssue[] = [
  ...validateNik('123', { today }),
  ...validateNik('9900001308850000', { today }),
  ...validateNik('0000000000000000', { today }),
  ...validateNik('6499013208850001', { today }),
  nikGenderMismatch('6471011708850001', 'P'),
  nikBirthDateMismatch('6471011708850001', '1985-08-18'),
  ...validateNpwp('123'),
  ...validateNpwp('000000000000000'),
  ...validateNib('1'),
  ...validateNpp('1'),
  ...validateKpj('1'),
].filter((i): i is ValidationIssue => i !== null);

const placeholders = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

describe('validationMessages', () => {
  it('covers every emitted code in both languages, with every placeholder filled', () => {
    const codes = new Set(samples.map((s) => s.code));
    expect([...codes].sort()).toEqual(Object.keys(validationMessages).sort());
    for (const issue of samples) {
      const template = validationMessages[issue.code];
      expect(template, issue.code).toBeDefined();
      for (const text of [template?.id ?? '', template?.en ?? '']) {
        expect(text.length).toBeGreaterThan(20);
        for (const key of placeholders(text)) expect(issue.params, `${issue.code} {${key}}`).toHaveProperty(key ?? '');
      }
      expect(placeholders(template?.id ?? '').sort()).toEqual(placeholders(template?.en ?? '').sort());
    }
  });
});
