import { describe, expect, it } from 'vitest';
import { approxMonths, formatHoursPerWeek, formatTotalWeeks, formatWeeks, parseHoursPerWeek, remainingEffort, weeksFor } from '../../src/lib/plan.ts';

describe('weeksFor', () => {
  it('divides hours by hours per week and rounds each end up', () => {
    expect(weeksFor({ min: 30, max: 50 }, 10)).toEqual({ min: 3, max: 5 });
    expect(weeksFor({ min: 25, max: 41 }, 10)).toEqual({ min: 3, max: 5 });
    expect(weeksFor({ min: 60, max: 120 }, 7.5)).toEqual({ min: 8, max: 16 });
  });
  it('never gives less than a week', () => {
    expect(weeksFor({ min: 2, max: 4 }, 40)).toEqual({ min: 1, max: 1 });
  });
  it('rejects hours per week that are not positive', () => {
    expect(() => weeksFor({ min: 1, max: 2 }, 0)).toThrow(RangeError);
    expect(() => weeksFor({ min: 1, max: 2 }, Number.NaN)).toThrow(RangeError);
    expect(() => weeksFor({ min: 1, max: 2 }, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('formatting', () => {
  it('formats a range of weeks', () => {
    expect(formatWeeks({ min: 3, max: 5 })).toBe('3–5 weeks');
    expect(formatWeeks({ min: 1, max: 1 })).toBe('about 1 week');
    expect(formatWeeks({ min: 4, max: 4 })).toBe('about 4 weeks');
  });
  it('adds rough months to long totals', () => {
    expect(approxMonths(13)).toBe(3);
    expect(approxMonths(1)).toBe(1);
    expect(formatTotalWeeks({ min: 3, max: 7 })).toBe('3–7 weeks');
    expect(formatTotalWeeks({ min: 37, max: 58 })).toBe('37–58 weeks (roughly 9–13 months)');
    expect(formatTotalWeeks({ min: 9, max: 9 })).toBe('about 9 weeks (roughly 2 months)');
  });
  it('formats hours per week', () => {
    expect(formatHoursPerWeek(10)).toBe('10 hours');
    expect(formatHoursPerWeek(1)).toBe('1 hour');
    expect(formatHoursPerWeek(7.5)).toBe('7.5 hours');
  });
});

describe('parseHoursPerWeek', () => {
  it('accepts whole and decimal hours from 1 to 80', () => {
    expect(parseHoursPerWeek('12')).toEqual({ ok: true, hours: 12 });
    expect(parseHoursPerWeek(' 7.5 ')).toEqual({ ok: true, hours: 7.5 });
    expect(parseHoursPerWeek('7,5')).toEqual({ ok: true, hours: 7.5 });
    expect(parseHoursPerWeek('1')).toEqual({ ok: true, hours: 1 });
    expect(parseHoursPerWeek('80')).toEqual({ ok: true, hours: 80 });
  });
  it('explains what it needs otherwise', () => {
    for (const bad of ['', '0', '0.5', '81', '-5', 'ten', '1e3', '12abc']) {
      expect(parseHoursPerWeek(bad), bad).toEqual({ ok: false, message: 'Enter a number of hours from 1 to 80.' });
    }
  });
});

describe('remainingEffort', () => {
  const steps = [
    { id: 'a', effortHours: { min: 10, max: 20 } },
    { id: 'b', effortHours: { min: 30, max: 40 } },
    { id: 'c', effortHours: { min: 5, max: 5 } },
    { id: 'd', effortHours: { min: 1, max: 2 } },
  ];
  it('adds the steps not done or skipped (in progress still counts in full)', () => {
    expect(remainingEffort(steps, {})).toEqual({ min: 46, max: 67 });
    expect(remainingEffort(steps, { a: 'done', b: 'skipped', c: 'in-progress' })).toEqual({ min: 6, max: 7 });
    expect(remainingEffort(steps, { a: 'done', b: 'done', c: 'done', d: 'skipped' })).toEqual({ min: 0, max: 0 });
  });
});
