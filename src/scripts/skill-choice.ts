/**
 * The reader's ticked skills in localStorage (shared by the skill match and the job-ad decoder).
 * Storage may be blocked, full or hold anything: reads fall back to "nothing ticked", writes fail quietly.
 */
import { SKILL_CHOICE_KEY, parseSkillChoice, serializeSkillChoice } from '../lib/skill-match.ts';

/** The stored ticks, or undefined when nothing usable is stored. */
export function loadSkillChoice(known: ReadonlySet<string>): string[] | undefined {
  let raw: string | null = null;
  try { raw = localStorage.getItem(SKILL_CHOICE_KEY); } catch { return undefined; }
  if (raw === null) return undefined;
  return parseSkillChoice(raw, known);
}

/** Stores the ticks; an empty choice removes the entry. Returns whether it was saved. */
export function saveSkillChoice(ids: Iterable<string>): boolean {
  const list = [...ids];
  try {
    if (list.length === 0) localStorage.removeItem(SKILL_CHOICE_KEY);
    else localStorage.setItem(SKILL_CHOICE_KEY, serializeSkillChoice(list));
    return true;
  } catch {
    return false;
  }
}

export { SKILL_CHOICE_KEY };
