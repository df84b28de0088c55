/**
 * Planning: turns a step's rough effort in hours into a range of weeks at the hours a reader
 * can give each week. Pure functions; the overview page shows them at 10 hours a week and the
 * browser recomputes them for the reader's own figure.
 */
import type { EffortRange } from './roadmap.ts';

/** The hours a week the static page assumes before a reader enters their own. */
export const DEFAULT_HOURS_PER_WEEK = 10;
export const MIN_HOURS_PER_WEEK = 1;
export const MAX_HOURS_PER_WEEK = 80;

/**
 * Weeks needed for an effort range at `hoursPerWeek`, each end rounded up to a whole week
 * (a step never takes less than one week).
 */
export function weeksFor(effort: EffortRange, hoursPerWeek: number): EffortRange {
  if (!(hoursPerWeek > 0) || !Number.isFinite(hoursPerWeek)) throw new RangeError(`hours per week must be a positive number, not ${hoursPerWeek}`);
  const weeks = (hours: number) => Math.max(1, Math.ceil(hours / hoursPerWeek - 1e-9));
  return { min: weeks(effort.min), max: weeks(effort.max) };
}

/** "3–5 weeks", "about 1 week". */
export function formatWeeks({ min, max }: EffortRange): string {
  if (min === max) return `about ${min} week${min === 1 ? '' : 's'}`;
  return `${min}–${max} weeks`;
}

/** Rough months for a number of weeks (a month is about 4.35 weeks), at least 1. */
export const approxMonths = (weeks: number): number => Math.max(1, Math.round(weeks / (365.25 / 12 / 7)));

/** "37–58 weeks (roughly 9–13 months)"; months are added from 8 weeks up. */
export function formatTotalWeeks(range: EffortRange): string {
  const weeks = formatWeeks(range);
  if (range.max < 8) return weeks;
  const months = { min: approxMonths(range.min), max: approxMonths(range.max) };
  return `${weeks} (roughly ${months.min === months.max ? `${months.min}` : `${months.min}–${months.max}`} months)`;
}

export type HoursInput = { ok: true; hours: number } | { ok: false; message: string };

/** Reads what a reader typed as hours per week: a number from 1 to 80 (decimals allowed). */
export function parseHoursPerWeek(text: string): HoursInput {
  const trimmed = text.trim().replace(',', '.');
  const message = `Enter a number of hours from ${MIN_HOURS_PER_WEEK} to ${MAX_HOURS_PER_WEEK}.`;
  if (!/^\d+(\.\d+)?$/.test(trimmed)) return { ok: false, message };
  const hours = Number(trimmed);
  if (hours < MIN_HOURS_PER_WEEK || hours > MAX_HOURS_PER_WEEK) return { ok: false, message };
  return { ok: true, hours };
}

/** Effort still ahead: the steps whose status is neither done nor skipped. */
export function remainingEffort(steps: Array<{ id: string; effortHours: EffortRange }>, statuses: Record<string, string>): EffortRange {
  return steps
    .filter((s) => statuses[s.id] !== 'done' && statuses[s.id] !== 'skipped')
    .reduce((sum, s) => ({ min: sum.min + s.effortHours.min, max: sum.max + s.effortHours.max }), { min: 0, max: 0 });
}

/** "10 hours", "1 hour", "7.5 hours". */
export const formatHoursPerWeek = (hours: number): string => `${Number(hours.toFixed(2))} hour${hours === 1 ? '' : 's'}`;
