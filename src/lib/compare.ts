/**
 * Comparing two career paths: the one canonical order of a pair (by the paths' `order`), its
 * URL, and how much the two paths' skill lists overlap. Plain data in, plain data out; the
 * /compare/ pages and the picker script both use it.
 */
import { distinctItems, pairItems, type SkillItem } from './skill-items.ts';
import type { PathSkillLists } from './skill-graph.ts';
import { ITEM_SECTION_IDS, PAGE_SECTIONS, type SectionSlug } from './page-sections.ts';

/** The parts of a path a comparison needs: its skill lists and its position on /paths/ (1 first), which decides which path of a pair comes first. */
export type ComparablePath = PathSkillLists & { order: number };

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

/** A skill item of a path with its level. */
export interface LevelledItem { item: SkillItem; level: SkillLevel }

/** A path's skill items with their level, required first; an item listed under both counts as required. */
export function skillLevels(path: Pick<ComparablePath, 'requiredSkills' | 'niceToHaveSkills'>): LevelledItem[] {
  return [
    ...distinctItems(path.requiredSkills).map((item) => ({ item, level: 'required' as const })),
    ...distinctItems(path.niceToHaveSkills, path.requiredSkills).map((item) => ({ item, level: 'nice-to-have' as const })),
  ];
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
  /** Items both paths list, in the first path's order: each path's own item (a group may pair with one of its members) and level. */
  shared: Array<{ item: SkillItem; other: SkillItem; first: SkillLevel; second: SkillLevel }>;
  /** Items only the first path lists. */
  onlyFirst: LevelledItem[];
  /** Items only the second path lists. */
  onlySecond: LevelledItem[];
  /** Distinct items across both paths (a shared pair counts once). */
  union: number;
  /** Jaccard index over required + nice-to-have items, 0 to 1: shared / union. */
  ratio: number;
  /** The same as a whole percentage (see percentOf). */
  percent: number;
}

/**
 * Shared and distinct skills of two paths, over required and nice-to-have items together. A group
 * of alternatives ("Django, Flask or FastAPI") is one item, shared with any item of the other path
 * that names one of its members; with plain skill ids this is the Jaccard index of the two sets.
 */
export function skillOverlap(
  first: Pick<PathSkillLists, 'requiredSkills' | 'niceToHaveSkills'>,
  second: Pick<PathSkillLists, 'requiredSkills' | 'niceToHaveSkills'>,
): SkillOverlap {
  const a = skillLevels(first);
  const b = skillLevels(second);
  const pairs = pairItems(a.map((x) => x.item), b.map((x) => x.item));
  const pairedA = new Map(pairs);
  const pairedB = new Set(pairs.map(([, j]) => j));
  const shared: SkillOverlap['shared'] = [];
  const onlyFirst: LevelledItem[] = [];
  a.forEach((x, i) => {
    const j = pairedA.get(i);
    if (j === undefined) onlyFirst.push(x);
    else shared.push({ item: x.item, other: b[j]!.item, first: x.level, second: b[j]!.level });
  });
  const onlySecond = b.filter((_, j) => !pairedB.has(j));
  const union = shared.length + onlyFirst.length + onlySecond.length;
  const ratio = union === 0 ? 0 : shared.length / union;
  return { shared, onlyFirst, onlySecond, union, ratio, percent: percentOf(shared.length, union) };
}

/**
 * Other paths ranked by skill overlap with `path`, highest first (the measure the comparison
 * pages show); ties go to the lower `order`.
 */
export function rankByOverlap<T extends ComparablePath>(path: ComparablePath, others: T[]): Array<{ path: T; overlap: SkillOverlap }> {
  return others
    .filter((o) => o.id !== path.id)
    .map((o) => ({ path: o, overlap: skillOverlap(path, o) }))
    .sort((x, y) => y.overlap.ratio - x.overlap.ratio || x.path.order - y.path.order || (x.path.id < y.path.id ? -1 : 1));
}

/** How many paths a path page lists by skill overlap before any hand-picked additions. */
export const RELATED_BY_OVERLAP = 3;

export interface RelatedPath<T> {
  path: T;
  /** Skill overlap with the page's path, as the comparison page shows it. */
  percent: number;
  /** Why a path outside the top by overlap is listed (a hand-picked addition); undefined for ranked ones. */
  reason: string | undefined;
}

/**
 * A path page's related paths: the `count` others with the highest skill overlap, then each
 * hand-picked addition (with its reason) that is not already among them.
 */
export function relatedPaths<T extends ComparablePath>(path: ComparablePath, all: T[], extra: ReadonlyArray<{ path: string; reason: string }> = [], count = RELATED_BY_OVERLAP): Array<RelatedPath<T>> {
  const ranked = rankByOverlap(path, all);
  const top = ranked.slice(0, count).map((r) => ({ path: r.path, percent: r.overlap.percent, reason: undefined }));
  const added = extra
    .filter((e) => e.path !== path.id && !top.some((t) => t.path.id === e.path))
    .map((e) => {
      const r = ranked.find((x) => x.path.id === e.path);
      if (!r) throw new Error(`${path.id}: related path "${e.path}" is not a known path`);
      return { path: r.path, percent: r.overlap.percent, reason: e.reason };
    });
  return [...top, ...added];
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

/** Which h3 each of the two paths gets under a comparison section, and its text. */
const PER_PATH: Partial<Record<SectionSlug<'comparison'>, { part: Parameters<typeof ITEM_SECTION_IDS.comparison>[0]; text: (title: string) => string }>> = {
  'day-to-day': { part: 'work', text: (title) => title },
  'shared-skills': { part: 'only', text: (title) => `${title} only` },
  pay: { part: 'pay', text: (title) => title },
  growth: { part: 'ladder', text: (title) => title },
  'who-each-fits': { part: 'fit', text: (title) => title },
};

/**
 * The headings of a comparison page, in order (h2 with their h3): the template's sections
 * (lib/page-sections.ts) with each path's own h3 after the section it belongs to. The page's
 * ToC and headings come from here.
 */
export function comparisonHeadings(first: { id: string; title: string }, second: { id: string; title: string }): Array<{ depth: 2 | 3; slug: string; text: string }> {
  return PAGE_SECTIONS.comparison.flatMap(({ depth, slug, text }) => {
    const per = PER_PATH[slug];
    const parts = per ? [first, second].map((p) => ({ depth: 3 as const, slug: ITEM_SECTION_IDS.comparison(per.part, p.id), text: per.text(p.title) })) : [];
    return [{ depth, slug, text }, ...parts];
  });
}
