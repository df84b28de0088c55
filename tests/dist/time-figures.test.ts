/**
 * Time figures: every "N–M hours/weeks/months" a built page states must be one the roadmap data
 * gives (a step's hours and weeks, a roadmap's total, the time to a first job, the span across
 * paths) or one a source gives (a roadmap's sourceTimeframes). A page that types another figure,
 * or a figure left behind after the hours change, fails here. Pages that show hours must label them
 * as our estimate (a link to the method sentence). The time frame line and the planner
 * on each roadmap page must show the same months.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { distDir, readPages, type BuiltPage } from '../support/dist.ts';
import { loadContentFiles } from '../../src/lib/content-files.ts';
import { parseContentFiles, validateEntries } from '../../src/lib/content-check.ts';
import { ESTIMATE_METHOD, ESTIMATE_NOTE_ID, ESTIMATE_NOTE_URL, roadmapTime, durationAt, spanOf, type TimedRoadmap } from '../../src/lib/time-to-job.ts';
import { DEFAULT_HOURS_PER_WEEK, approxMonths, weeksFor } from '../../src/lib/plan.ts';
import { totalEffort, type EffortRange } from '../../src/lib/roadmap.ts';

const root = resolve(import.meta.dirname, '../..');
const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18, 'twenty-four': 24 };
const NUMBER = `(\\d+|${Object.keys(WORDS).join('|')})`;
/** "8–13 months", "6 to 12 months", "340-575 focused hours"; not a rate such as "10-15 hours a week". */
const FIGURE = new RegExp(`\\b${NUMBER}\\s*(?:–|-|to)\\s*${NUMBER}\\s+(?:focused\\s+|more\\s+)?(hours|weeks|months)\\b(?!\\s+(?:a|per)\\s+week)`, 'gi');
const num = (s: string) => WORDS[s.toLowerCase()] ?? Number(s);
const key = (r: EffortRange, unit: string) => `${r.min}–${r.max} ${unit}`;

type Step = { id: string; title: string; effortHours: EffortRange; beyondFirstJob: boolean };
type Roadmap = { title: string; steps: Step[]; buildsOn?: { roadmap: string; keeps: string[]; replaces: string[] }; sourceTimeframes: Array<{ months: EffortRange }> };

let pages: BuiltPage[] = [];
const allowed = new Set<string>();
const months = new Map<string, EffortRange>();

/** Visible text of a page: no scripts, styles or tags. */
const textOf = (html: string) => html.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&#34;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

beforeAll(async () => {
  pages = readPages(distDir(root));
  const { entries } = parseContentFiles(await loadContentFiles(root));
  const { valid } = validateEntries(entries);
  const roadmaps = entries.filter((e) => e.collection === 'roadmaps').map((e) => ({ id: e.id, data: valid.get(`roadmaps/${e.id}`) as Roadmap }));
  const timed = new Map<string, TimedRoadmap>(roadmaps.map(({ id, data }) => [id, { id, title: data.title, steps: data.steps, buildsOn: data.buildsOn }]));
  const add = (hours: EffortRange) => {
    allowed.add(key(hours, 'hours'));
    const d = durationAt(hours, DEFAULT_HOURS_PER_WEEK);
    allowed.add(key(d.weeks, 'weeks'));
    allowed.add(key(d.months, 'months'));
  };
  for (const { id, data } of roadmaps) {
    for (const s of data.steps) add(s.effortHours);
    add(totalEffort(data.steps));
    const t = roadmapTime(timed.get(id)!, timed);
    add(t.own);
    add(t.total);
    if (t.base) add(t.base.hours);
    months.set(id, t.months);
    for (const q of data.sourceTimeframes) allowed.add(key(q.months, 'months'));
  }
  const through = roadmaps.filter((r) => r.data.buildsOn).map((r) => months.get(r.id)!);
  if (through.length > 0) allowed.add(key(spanOf(through), 'months'));
});

describe('time figures on built pages', () => {
  it('are all derived from the roadmap data or quoted from a source that the data names', () => {
    const stray: string[] = [];
    for (const page of pages) {
      for (const m of textOf(page.html).matchAll(FIGURE)) {
        const figure = `${num(m[1]!)}–${num(m[2]!)} ${m[3]!.toLowerCase()}`;
        if (!allowed.has(figure)) stray.push(`${page.url}: "${m[0]}"`);
      }
    }
    expect(stray, 'time figures that no roadmap data gives (derive them, or add the source figure to sourceTimeframes)').toEqual([]);
  });

  it('label roadmap hours as our estimate: a page that shows hours links to the one sentence saying how we estimate', () => {
    const unlabelled: string[] = [];
    for (const page of pages) {
      const text = textOf(page.html);
      if (!/\b\d+–\d+ hours\b(?! a week)/.test(text)) continue;
      const labelled = page.url === '/roadmaps/' ? page.ids.includes(ESTIMATE_NOTE_ID) && text.includes(ESTIMATE_METHOD) : page.links.includes(ESTIMATE_NOTE_URL);
      if (!labelled) unlabelled.push(page.url);
    }
    expect(unlabelled).toEqual([]);
  });

  it('catch a typed figure the data does not give', () => {
    const figures = [...'Expect 7–9 months, or 340-575 focused hours at 10-15 hours a week.'.matchAll(FIGURE)].map((m) => `${num(m[1]!)}–${num(m[2]!)} ${m[3]}`);
    expect(figures).toEqual(['7–9 months', '340–575 hours']);
    expect(allowed.has('7–9 months') && allowed.has('340–575 hours')).toBe(false);
  });

  it('agree between the time frame line and the planner on every roadmap page', () => {
    for (const [id, range] of months) {
      const html = pages.find((p) => p.url === `/roadmaps/${id}/`)!.html;
      const line = textOf(/<dd data-timeframe>([\s\S]*?)<\/dd>/.exec(html)?.[1] ?? '');
      const planner = textOf(/<span data-plan-first-job>([\s\S]*?)<\/span>/.exec(html)?.[1] ?? /<span data-plan-total>([\s\S]*?)<\/span>/.exec(html)?.[1] ?? '');
      expect(line, id).toContain(key(range, 'months'));
      // The planner shows weeks with rough months; the same months, from the same weeks.
      const weeks = /^(\d+)–(\d+) weeks/.exec(planner);
      expect(weeks, `${id}: planner "${planner}"`).not.toBeNull();
      expect({ min: approxMonths(Number(weeks![1])), max: approxMonths(Number(weeks![2])) }, id).toEqual(range);
      expect(planner, id).toContain(`roughly ${range.min}–${range.max} months`);
    }
  });
});

// weeksFor is the planner's rounding; durationAt must use it, or the two could drift apart.
it('derives weeks the way the planner does', () => {
  expect(durationAt({ min: 341, max: 575 }, DEFAULT_HOURS_PER_WEEK).weeks).toEqual(weeksFor({ min: 341, max: 575 }, DEFAULT_HOURS_PER_WEEK));
});
