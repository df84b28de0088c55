/**
 * Time to a first job, derived from the roadmaps' step hours so every time figure the site
 * states comes from one place. A path roadmap builds on the beginner roadmap: it keeps some of
 * its steps (the foundation, interview practice) and replaces others that it teaches itself,
 * so the time from a first line of Python counts each step once. Pure functions.
 */
import { totalEffort, type EffortRange } from './roadmap.ts';
import { DEFAULT_HOURS_PER_WEEK, approxMonths, weeksFor } from './plan.ts';

/** The one sentence that says what our hour figures are and how we reached them (shown once, on /roadmaps/). */
export const ESTIMATE_METHOD =
  'Every hour figure on a roadmap is our own estimate, not a measured one: for each step we judged the focused hours of practice and project work (not watching videos) that a beginner needs to pass its "ready when" checks, and gave a range because people start from different places.';
/** Where that sentence is; every other place that shows hours links here with "our estimate". */
export const ESTIMATE_NOTE_ID = 'how-we-estimate';
export const ESTIMATE_NOTE_URL = `/roadmaps/#${ESTIMATE_NOTE_ID}`;

export interface TimedStep {
  id: string;
  title: string;
  effortHours: EffortRange;
  /** A step beyond what a first job asks: left out of the time to a first job. */
  beyondFirstJob?: boolean | undefined;
}

export interface TimedRoadmap {
  id: string;
  title: string;
  steps: TimedStep[];
  /** The roadmap this one builds on: which of its steps still count, and which this one replaces. */
  buildsOn?: { roadmap: string; keeps: string[]; replaces: string[] } | undefined;
}

/** A numbered step of another roadmap, for "steps 1–3 and 7". */
export interface NumberedStep extends TimedStep { position: number }

export interface RoadmapTime {
  /** This roadmap's own steps that lead to a first job, in hours. */
  own: EffortRange;
  /** This roadmap's steps beyond a first job (numbered), left out of `total`. */
  later: NumberedStep[];
  /** The roadmap it builds on, with the steps a reader still does there and those this one replaces. */
  base: { id: string; title: string; keeps: NumberedStep[]; replaces: NumberedStep[]; hours: EffortRange } | undefined;
  /** Hours from where the base roadmap starts (or from this one's start) to the end of this one. */
  total: EffortRange;
  hoursPerWeek: number;
  /** `total` as whole weeks and rough months at `hoursPerWeek`: the same figures the planner shows. */
  weeks: EffortRange;
  months: EffortRange;
}

/** Weeks and rough months for an effort at a number of hours a week (the planner's rounding). */
export function durationAt(hours: EffortRange, hoursPerWeek: number): { weeks: EffortRange; months: EffortRange } {
  const weeks = weeksFor(hours, hoursPerWeek);
  return { weeks, months: { min: approxMonths(weeks.min), max: approxMonths(weeks.max) } };
}

/**
 * The time a roadmap takes from its real starting point: its own steps plus the steps it keeps
 * from the roadmap it builds on (never the ones it replaces). Throws when the roadmap it names
 * is missing or names steps that do not exist there; the content checker reports those first.
 */
export function roadmapTime(roadmap: TimedRoadmap, byId: ReadonlyMap<string, TimedRoadmap>, hoursPerWeek = DEFAULT_HOURS_PER_WEEK): RoadmapTime {
  const own = totalEffort(roadmap.steps.filter((s) => !s.beyondFirstJob));
  const later = roadmap.steps.map((s, i) => ({ ...s, position: i + 1 })).filter((s) => s.beyondFirstJob);
  let base: RoadmapTime['base'];
  if (roadmap.buildsOn) {
    const from = byId.get(roadmap.buildsOn.roadmap);
    if (!from) throw new Error(`${roadmap.id}: builds on unknown roadmap "${roadmap.buildsOn.roadmap}"`);
    const numbered = from.steps.map((s, i) => ({ ...s, position: i + 1 }));
    const pick = (ids: string[]) => ids.map((id) => {
      const step = numbered.find((s) => s.id === id);
      if (!step) throw new Error(`${roadmap.id}: builds on ${from.id}, which has no step "${id}"`);
      return step;
    }).sort((a, b) => a.position - b.position);
    const keeps = pick(roadmap.buildsOn.keeps);
    base = { id: from.id, title: from.title, keeps, replaces: pick(roadmap.buildsOn.replaces), hours: totalEffort(keeps) };
  }
  const total = base ? { min: own.min + base.hours.min, max: own.max + base.hours.max } : own;
  return { own, later, base, total, hoursPerWeek, ...durationAt(total, hoursPerWeek) };
}

/**
 * What is wrong with a roadmap's `buildsOn` against the roadmap it names: every step of that
 * roadmap must be kept or replaced, exactly once, so nothing is skipped silently or counted twice.
 */
export function buildsOnProblems(buildsOn: { keeps: string[]; replaces: string[] }, base: { id: string; steps: Array<{ id: string }> }): Array<{ field: 'keeps' | 'replaces'; index: number; expected: string; found: string }> {
  const ids = base.steps.map((s) => s.id);
  const problems: Array<{ field: 'keeps' | 'replaces'; index: number; expected: string; found: string }> = [];
  const seen = new Set<string>();
  for (const field of ['keeps', 'replaces'] as const) {
    buildsOn[field].forEach((id, index) => {
      if (!ids.includes(id)) problems.push({ field, index, expected: `a step id of roadmap ${base.id} (${ids.join(', ')})`, found: `"${id}"` });
      else if (seen.has(id)) problems.push({ field, index, expected: 'each step in keeps or replaces, once', found: `"${id}" a second time` });
      seen.add(id);
    });
  }
  const missing = ids.filter((id) => !seen.has(id));
  if (missing.length > 0) problems.push({ field: 'replaces', index: buildsOn.replaces.length, expected: `every step of ${base.id} in keeps or replaces`, found: `no entry for ${missing.map((m) => `"${m}"`).join(', ')}` });
  return problems;
}

/** "8–13 months", "about 3 months". */
export function formatMonths({ min, max }: EffortRange): string {
  return min === max ? `about ${min} month${min === 1 ? '' : 's'}` : `${min}–${max} months`;
}

/** "steps 1–3 and 7", "step 2": positions as readers count them, runs joined. */
export function formatStepNumbers(positions: number[]): string {
  const sorted = [...new Set(positions)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j === i ? `${sorted[i]}` : j === i + 1 ? `${sorted[i]}, ${sorted[j]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  const list = runs.length > 1 ? `${runs.slice(0, -1).join(', ')} and ${runs[runs.length - 1]}` : runs[0] ?? '';
  return `${sorted.length === 1 ? 'step' : 'steps'} ${list}`;
}

/** The roadmap overview's "Time frame" line: the months to a first job at the planner's default hours a week. */
export function timeframeLine(t: RoadmapTime): string {
  const notes = [
    t.base ? 'counting the beginner steps it keeps' : '',
    t.later.length > 0 ? `leaving out ${formatStepNumbers(t.later.map((s) => s.position))}, which goes beyond a first job` : '',
  ].filter(Boolean);
  return `About ${formatMonths(t.months)} at ${t.hoursPerWeek} hours a week${notes.length > 0 ? `, ${notes.join(' and ')}` : ''}`;
}

/** The smallest and largest of several ranges together: "12–23 months" across every path. */
export function spanOf(ranges: EffortRange[]): EffortRange {
  if (ranges.length === 0) throw new RangeError('spanOf needs at least one range');
  return { min: Math.min(...ranges.map((r) => r.min)), max: Math.max(...ranges.map((r) => r.max)) };
}
