/**
 * Skill match: which of a path's skills a reader already has, and the reader's saved choice.
 * The choice lives in the reader's browser (localStorage) as a small JSON document; reading it
 * never throws, whatever the storage holds.
 */
import { percentOf } from './compare.ts';
import { distinctItems, satisfies, type SkillItem } from './skill-items.ts';
import type { PathSkillLists } from './skill-graph.ts';

/** localStorage key of the reader's ticked skills (shared by the skill match and the job-ad decoder). */
export const SKILL_CHOICE_KEY = 'skill-match:v1';

/** More ids than the site has skills means the stored value is not ours; we keep at most this many. */
const MAX_STORED = 500;

export interface SkillShare {
  /** Items the reader has (a group when any of its alternatives is ticked), in the path's order. */
  have: SkillItem[];
  /** Items the reader does not have yet, in the path's order. */
  missing: SkillItem[];
  total: number;
  /** have / total as a whole percentage (0 when the list is empty). */
  percent: number;
}

export interface PathMatch {
  id: string;
  title: string;
  required: SkillShare;
  niceToHave: SkillShare;
}

/**
 * The skill ids in a stored choice. Anything unexpected (nothing stored, invalid JSON, another
 * shape, non-string items, unknown ids when `known` is given) yields what can be trusted, or [].
 */
export function parseSkillChoice(raw: string | null | undefined, known?: ReadonlySet<string>): string[] {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 100_000) return [];
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (typeof value !== 'object' || value === null || (value as { version?: unknown }).version !== 1) return [];
  const skills = (value as { skills?: unknown }).skills;
  if (!Array.isArray(skills)) return [];
  const out = new Set<string>();
  for (const id of skills.slice(0, MAX_STORED)) {
    if (typeof id === 'string' && id.length > 0 && (!known || known.has(id))) out.add(id);
  }
  return [...out];
}

/** The stored form of a choice: versioned, ids unique and sorted so equal choices store equally. */
export function serializeSkillChoice(ids: Iterable<string>): string {
  return JSON.stringify({ version: 1, skills: [...new Set(ids)].sort() });
}

function share(items: SkillItem[], have: ReadonlySet<string>): SkillShare {
  const got = items.filter((item) => satisfies(item, have));
  return { have: got, missing: items.filter((item) => !satisfies(item, have)), total: items.length, percent: percentOf(got.length, items.length) };
}

/** The nice-to-have items a path lists that it does not also require. */
export const niceOnly = (path: Pick<PathSkillLists, 'requiredSkills' | 'niceToHaveSkills'>): SkillItem[] =>
  distinctItems(path.niceToHaveSkills, path.requiredSkills);

/**
 * How much of one path's required and nice-to-have lists the reader has. A group of
 * alternatives counts as one item, had when the reader has any of its members.
 */
export function matchPath(path: PathSkillLists, have: ReadonlySet<string>): PathMatch {
  return {
    id: path.id,
    title: path.title,
    required: share(distinctItems(path.requiredSkills), have),
    // An item listed under both counts once, as required.
    niceToHave: share(niceOnly(path), have),
  };
}

const ratio = (s: SkillShare) => (s.total === 0 ? 0 : s.have.length / s.total);

/** Every path's match, best first: share of required skills, then of nice-to-have; ties keep the given order. */
export function rankPathMatches(paths: PathSkillLists[], have: ReadonlySet<string>): PathMatch[] {
  return paths
    .map((p, index) => ({ match: matchPath(p, have), index }))
    .sort((a, b) => ratio(b.match.required) - ratio(a.match.required) || ratio(b.match.niceToHave) - ratio(a.match.niceToHave) || a.index - b.index)
    .map((x) => x.match);
}

/** The items in `wanted` the reader has not ticked (no member of a group ticked), in `wanted`'s order. */
export function stillNeeded<T extends SkillItem>(wanted: T[], have: ReadonlySet<string>): T[] {
  return wanted.filter((item) => !satisfies(item, have));
}

/** "5 of 13 (38%)". */
export function formatShare(s: Pick<SkillShare, 'have' | 'total' | 'percent'>): string {
  return `${s.have.length} of ${s.total} (${s.percent}%)`;
}
