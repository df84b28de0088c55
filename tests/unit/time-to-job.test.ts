import { describe, expect, it } from 'vitest';
import { buildsOnProblems, durationAt, formatMonths, formatStepNumbers, roadmapTime, spanOf, timeframeLine, type TimedRoadmap } from '../../src/lib/time-to-job.ts';
import { formatTotalWeeks, weeksFor } from '../../src/lib/plan.ts';

const step = (id: string, min: number, max: number) => ({ id, title: id, effortHours: { min, max } });
const beginner: TimedRoadmap = { id: 'start', title: 'Start', steps: [step('basics', 80, 130), step('git', 20, 40), step('db', 60, 100), step('interviews', 40, 70)] };
const backend: TimedRoadmap = {
  id: 'backend', title: 'Backend', steps: [step('web', 100, 160), step('sql', 50, 90)],
  buildsOn: { roadmap: 'start', keeps: ['interviews', 'basics', 'git'], replaces: ['db'] },
};
const byId = new Map([beginner, backend].map((r) => [r.id, r]));

describe('roadmapTime', () => {
  it('adds the kept steps of the base roadmap and never a replaced one', () => {
    const t = roadmapTime(backend, byId, 10);
    expect(t.own).toEqual({ min: 150, max: 250 });
    expect(t.base?.hours).toEqual({ min: 140, max: 240 });
    expect(t.base?.keeps.map((s) => s.position)).toEqual([1, 2, 4]);
    expect(t.base?.replaces.map((s) => s.id)).toEqual(['db']);
    expect(t.total).toEqual({ min: 290, max: 490 });
    expect(t.weeks).toEqual({ min: 29, max: 49 });
    expect(t.months).toEqual({ min: 7, max: 11 });
  });
  it('uses the same weeks as the planner', () => {
    const t = roadmapTime(beginner, byId);
    expect(t.base).toBeUndefined();
    expect(formatTotalWeeks(t.weeks)).toBe(formatTotalWeeks(weeksFor({ min: 200, max: 340 }, t.hoursPerWeek)));
    expect(timeframeLine(t)).toBe(`About ${formatMonths(t.months)} at 10 hours a week`);
    expect(timeframeLine(roadmapTime(backend, byId))).toMatch(/counting the beginner steps it keeps$/);
  });
  it('follows the hours a week', () => {
    expect(durationAt({ min: 300, max: 600 }, 15)).toEqual({ weeks: { min: 20, max: 40 }, months: { min: 5, max: 9 } });
  });
  it('throws on a base roadmap or step that does not exist', () => {
    expect(() => roadmapTime({ ...backend, buildsOn: { roadmap: 'nope', keeps: [], replaces: [] } }, byId)).toThrow(/unknown roadmap "nope"/);
    expect(() => roadmapTime({ ...backend, buildsOn: { roadmap: 'start', keeps: ['gone'], replaces: [] } }, byId)).toThrow(/no step "gone"/);
  });
});

describe('buildsOnProblems', () => {
  it('accepts every step kept or replaced once', () => {
    expect(buildsOnProblems(backend.buildsOn!, beginner)).toEqual([]);
  });
  it('names unknown, repeated and forgotten steps', () => {
    const problems = buildsOnProblems({ keeps: ['basics', 'basics', 'typo'], replaces: ['db'] }, beginner);
    expect(problems.map((p) => `${p.field}[${p.index}] ${p.found}`)).toEqual([
      'keeps[1] "basics" a second time',
      'keeps[2] "typo"',
      'replaces[1] no entry for "git", "interviews"',
    ]);
  });
});

describe('formatting', () => {
  it('joins step numbers into runs', () => {
    expect(formatStepNumbers([7, 1, 2, 3])).toBe('steps 1–3 and 7');
    expect(formatStepNumbers([2])).toBe('step 2');
    expect(formatStepNumbers([1, 2, 4, 6, 7, 8])).toBe('steps 1, 2, 4 and 6–8');
  });
  it('formats months and spans', () => {
    expect(formatMonths({ min: 8, max: 13 })).toBe('8–13 months');
    expect(formatMonths({ min: 1, max: 1 })).toBe('about 1 month');
    expect(spanOf([{ min: 9, max: 14 }, { min: 7, max: 20 }])).toEqual({ min: 7, max: 20 });
  });
});

describe('steps beyond a first job', () => {
  it('are left out of the time to a first job and named in the time frame line', () => {
    const withLater: TimedRoadmap = { ...backend, steps: [...backend.steps, { ...step('design', 50, 90), beyondFirstJob: true }] };
    const t = roadmapTime(withLater, byId, 10);
    expect(t.total).toEqual(roadmapTime(backend, byId, 10).total);
    expect(t.later.map((s) => s.position)).toEqual([3]);
    expect(timeframeLine(t)).toBe(`About ${formatMonths(t.months)} at 10 hours a week, counting the beginner steps it keeps and leaving out step 3, which goes beyond a first job`);
  });
});
