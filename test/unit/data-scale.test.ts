import { describe, expect, it } from 'vitest';
import { barShare, niceScaleMax } from '../../shared/format/data-scale';

describe('bar scale fitted to the data (issue 11 §4: 1–2 % coverage must not look empty)', () => {
  it('rounds the largest value up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceScaleMax([1.2, 0.4])).toBe(2);
    expect(niceScaleMax([2.1])).toBe(2.5);
    expect(niceScaleMax([3.9, 1])).toBe(5);
    expect(niceScaleMax([58.95])).toBe(100);
    expect(niceScaleMax([41])).toBe(50);
    expect(niceScaleMax([0.07])).toBe(0.1);
    expect(niceScaleMax([100])).toBe(100);
    expect(niceScaleMax([112])).toBe(200);
  });

  it('keeps a scale of 1 when nothing is above zero, and ignores values that are not numbers', () => {
    expect(niceScaleMax([])).toBe(1);
    expect(niceScaleMax([0, 0])).toBe(1);
    expect(niceScaleMax([Number.NaN, 1.5])).toBe(2);
  });

  it('gives 1.5 % on a 0–2 % scale three quarters of the bar, never more than all of it', () => {
    expect(barShare(1.5, niceScaleMax([1.5, 0.2]))).toBe(75);
    expect(barShare(150, 100)).toBe(100);
    expect(barShare(-1, 5)).toBe(0);
  });
});
