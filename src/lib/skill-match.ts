/**
 * Skill match: which of a path's skills a reader already has, and the reader's saved choice.
 * The choice lives in the reader's browser (localStorage) as a small JSON document; reading it
 * never throws, whatever the storage holds.
 */
import { percentOf } from './compare.ts';
import type { PathSkillLists } from './skill-graph.ts';

/** localStorage key of the reader's ticked skills (shared by the skill match and the job-ad decoder). */
export const SKILL_CHOICE_KEY = 'skill-match:v1';

/** More ids than the site has skills means the stored value is not ours; we keep at most this many. */
const MAX_STORED = 500;

export interface SkillShare {
  /** Skill ids the reader has, in the path's order. */
  have: string[];
  /** Skill ids the reader does not have yet, in the path's order. */
  missing: string[];
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

function share(ids: string[], have: ReadonlySet<string>): SkillShare {
  const unique = [...new Set(ids)];
  const got = unique.filter((id) => have.has(id));
  return { have: got, missing: unique.filter((id) => !have.has(id)), total: unique.length, percent: percentOf(got.length, unique.length) };
}

/** How much of one path's required and nice-to-have lists the reader has. */
export function matchPath(path: PathSkillLists, have: ReadonlySet<string>): PathMatch {
  const required = new Set(path.requiredSkills);
  return {
    id: path.id,
    title: path.title,
    required: share(path.requiredSkills, have),
    // A skill listed under both counts once, as required.
    niceToHave: share(path.niceToHaveSkills.filter((id) => !required.has(id)), have),
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

/** The skills in `wanted` the reader has not ticked, in `wanted`'s order. */
export function stillNeeded(wanted: string[], have: ReadonlySet<string>): string[] {
  return wanted.filter((id) => !have.has(id));
}

/** "5 of 13 (38%)". */
export function formatShare(s: Pick<SkillShare, 'have' | 'total' | 'percent'>): string {
  return `${s.have.length} of ${s.total} (${s.percent}%)`;
}
