/**
 * Comparing two career paths: the one canonical order of a pair (by the paths' `order`), its
 * URL, and how much the two paths' skill lists overlap. Plain data in, plain data out; the
 * /compare/ pages and the picker script both use it.
 */
import type { PathSkillLists } from './skill-graph.ts';

export type SkillLevel = 'required' | 'nice-to-have';

type Ordered = { id: string; order: number };

/** The pair in canonical order: lower `order` first (ids break a tie, so the order is total). */
export function canonicalPair<T extends Ordered>(a: T, b: T): [T, T] {
  return a.order < b.order || (a.order === b.order && a.id < b.id) ? [a, b] : [b, a];
}

/** "backend-developer-vs-data-engineer": the URL segment of a pair already in canonical order. */
export const pairSlug = (first: string, second: string): string => `${first}-vs-${second}`;

/** The comparison page of two paths, whichever order they are given in. */
export function compareUrl<T extends Ordered>(a: T, b: T): string {
  const [first, second] = canonicalPair(a, b);
  return `/compare/${pairSlug(first.id, second.id)}/`;
}

/** Every pair of distinct paths once, in canonical order, sorted by first path then second. */
export function allPairs<T extends Ordered>(paths: T[]): Array<[T, T]> {
  const sorted = [...paths].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const pairs: Array<[T, T]> = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) pairs.push([sorted[i]!, sorted[j]!]);
  }
  return pairs;
}

/** A path's skills with their level, required first; a skill listed under both counts as required. */
export function skillLevels(path: Pick<PathSkillLists, 'requiredSkills' | 'niceToHaveSkills'>): Map<string, SkillLevel> {
  const levels = new Map<string, SkillLevel>();
  for (const id of path.requiredSkills) levels.set(id, 'required');
  for (const id of path.niceToHaveSkills) if (!levels.has(id)) levels.set(id, 'nice-to-have');
  return levels;
}

/** Jaccard index: shared items divided by all distinct items (0 when both sets are empty). */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * A share as a whole percentage for readers: never 0 when something is there and never 100
 * when something is missing, so rounding cannot overstate or hide a difference.
 */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0 || part <= 0) return 0;
  if (part >= whole) return 100;
  return Math.min(99, Math.max(1, Math.round((part / whole) * 100)));
}

export interface SkillOverlap {
  /** Skills both paths list, in the first path's order, with each path's level. */
  shared: Array<{ id: string; first: SkillLevel; second: SkillLevel }>;
  /** Skills only the first path lists. */
  onlyFirst: Array<{ id: string; level: SkillLevel }>;
  /** Skills only the second path lists. */
  onlySecond: Array<{ id: string; level: SkillLevel }>;
  /** Distinct skills across both paths. */
  union: number;
  /** Jaccard index over required + nice-to-have skills, 0 to 1. */
  ratio: number;
  /** The same as a whole percentage (see percentOf). */
  percent: number;
}

/** Shared and distinct skills of two paths, over required and nice-to-have skills together. */
export function skillOverlap(
  first: Pick<PathSkillLists, 'requiredSkills' | 'niceToHaveSkills'>,
  second: Pick<PathSkillLists, 'requiredSkills' | 'niceToHaveSkills'>,
): SkillOverlap {
  const a = skillLevels(first);
  const b = skillLevels(second);
  const shared: SkillOverlap['shared'] = [];
  const onlyFirst: SkillOverlap['onlyFirst'] = [];
  const onlySecond: SkillOverlap['onlySecond'] = [];
  for (const [id, level] of a) {
    const other = b.get(id);
    if (other) shared.push({ id, first: level, second: other });
    else onlyFirst.push({ id, level });
  }
  for (const [id, level] of b) if (!a.has(id)) onlySecond.push({ id, level });
  const union = shared.length + onlyFirst.length + onlySecond.length;
  const ratio = jaccard(new Set(a.keys()), new Set(b.keys()));
  return { shared, onlyFirst, onlySecond, union, ratio, percent: percentOf(shared.length, union) };
}

/** A title as it reads mid-sentence: "Data engineer" becomes "data engineer"; "DevOps engineer" stays. */
export function titleMidSentence(title: string): string {
  const firstWord = title.split(' ')[0] ?? '';
  // Keep words with capitals after their first letter (DevOps, QA): they are names or acronyms.
  return firstWord.slice(1) === firstWord.slice(1).toLowerCase() ? title.charAt(0).toLowerCase() + title.slice(1) : title;
}

/** "Backend developer vs. data engineer". */
export function pairTitle(first: { title: string }, second: { title: string }): string {
  return `${first.title} vs. ${titleMidSentence(second.title)}`;
}

/** The sections of a comparison page, in order (h2 with their h3); the page's ToC and headings come from here. */
export function comparisonHeadings(first: { id: string; title: string }, second: { id: string; title: string }): Array<{ depth: 2 | 3; slug: string; text: string }> {
  const both = (prefix: string) => [
    { depth: 3 as const, slug: `${prefix}-${first.id}`, text: first.title },
    { depth: 3 as const, slug: `${prefix}-${second.id}`, text: second.title },
  ];
  return [
    { depth: 2, slug: 'day-to-day', text: 'Day-to-day work' },
    ...both('work'),
    { depth: 2, slug: 'skills-compared', text: 'Skills compared' },
    { depth: 3, slug: 'shared-skills', text: 'Skills both paths list' },
    { depth: 3, slug: `only-${first.id}`, text: `${first.title} only` },
    { depth: 3, slug: `only-${second.id}`, text: `${second.title} only` },
    { depth: 2, slug: 'pay', text: 'Salary figures' },
    ...both('pay'),
    { depth: 3, slug: 'salary-by-level', text: 'Python developers in general, by level' },
    { depth: 2, slug: 'growth', text: 'Growth ladders' },
    ...both('ladder'),
    { depth: 2, slug: 'who-each-fits', text: 'Who each path fits' },
    ...both('fit'),
    { depth: 2, slug: 'next-steps', text: 'Next steps' },
  ];
}
