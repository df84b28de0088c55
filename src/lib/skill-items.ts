/**
 * Items of a path's skill lists. An item is one skill id, or a group of alternatives that any
 * one member satisfies ("Django, Flask or FastAPI"). Every tool that scores or compares paths
 * (skill match, comparisons, the job-ad decoder, "which paths need it") goes through these
 * functions, so a group means "one of" everywhere.
 */

/** A skill id, or a group of alternatives of which any one is enough. */
export type SkillItem = string | { oneOf: string[] };

/** The skill ids an item names: one, or every alternative of a group, in the order given. */
export const membersOf = (item: SkillItem): string[] => (typeof item === 'string' ? [item] : item.oneOf);

/** A stable key for an item: "sql", or "django|fastapi|flask" for a group. */
export const itemKey = (item: SkillItem): string => membersOf(item).join('|');

/** Whether a reader (or an ad) with these skills satisfies the item: any member will do. */
export const satisfies = (item: SkillItem, have: ReadonlySet<string>): boolean => membersOf(item).some((id) => have.has(id));

/** Every skill id a list names, each once, in order. */
export const skillIdsOf = (items: readonly SkillItem[]): string[] => [...new Set(items.flatMap(membersOf))];

/** Whether two items could be met by the same skill: they share at least one member. */
export const overlaps = (a: SkillItem, b: SkillItem): boolean => {
  const other = new Set(membersOf(b));
  return membersOf(a).some((id) => other.has(id));
};

/**
 * Pairs each item of `a` with an item of `b` it overlaps, one to one, in `a`'s order, each taking
 * the first free item of `b` (an exact match is preferred, so "sql" pairs with "sql" before a
 * group that also names it). Returns [index in a, index in b] pairs. With plain ids only, this is
 * the ordinary intersection.
 */
export function pairItems(a: readonly SkillItem[], b: readonly SkillItem[]): Array<[number, number]> {
  const taken = new Set<number>();
  const pairs: Array<[number, number]> = [];
  a.forEach((item, i) => {
    const key = itemKey(item);
    let j = b.findIndex((other, k) => !taken.has(k) && itemKey(other) === key);
    if (j < 0) j = b.findIndex((other, k) => !taken.has(k) && overlaps(item, other));
    if (j < 0) return;
    taken.add(j);
    pairs.push([i, j]);
  });
  return pairs;
}

/**
 * The items of a list, each once: an item that repeats an earlier one (same key) is dropped, and
 * so is one equal to an item of `except` (a nice-to-have item also listed as required counts as required).
 */
export function distinctItems(items: readonly SkillItem[], except: readonly SkillItem[] = []): SkillItem[] {
  const seen = new Set(except.map(itemKey));
  const out: SkillItem[] = [];
  for (const item of items) {
    const key = itemKey(item);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

/** Skill ids named by more than one item of the lists together (a content mistake: say each skill once). */
export function repeatedSkills(...lists: ReadonlyArray<readonly SkillItem[]>): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const item of lists.flat()) for (const id of new Set(membersOf(item))) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated];
}
