/**
 * Learning resources and self-check questions on pages (issue 13): labels, the #anchors of
 * questions, which resources fit a roadmap step, and the order of questions on a path's
 * interview practice page (the skill page's sections are in lib/page-sections.ts).
 * Plain data in, plain data out.
 */
import type { Resource, ResourceLevel } from '../schemas/learning.ts';
import { comparableUrl } from './resource-links.ts';

/** Labels shown next to each resource, in the reader's words. */
export const RESOURCE_KIND_LABELS: Record<Resource['kind'], string> = {
  'official-docs': 'Official docs', tutorial: 'Tutorial', course: 'Course', book: 'Book', video: 'Video', practice: 'Practice', tool: 'Tool',
};
export const RESOURCE_COST_LABELS: Record<Resource['cost'], string> = {
  free: 'Free', 'free-with-account': 'Free with account', paid: 'Paid',
};
export const RESOURCE_LEVEL_LABELS: Record<ResourceLevel, string> = {
  beginner: 'Beginner', intermediate: 'Intermediate', advanced: 'Advanced',
};

/** The #anchor of a self-check question on its skill page ("check-why-use-with"). */
export const questionAnchor = (questionId: string): string => `check-${questionId}`;

/** The #anchor of a question on a path's practice page: skill id and question id, unique per page. */
export const practiceAnchor = (skillId: string, questionId: string): string => `${skillId}--${questionId}`;

/** The URL of a path's interview practice page. */
export const practiceUrl = (pathId: string): string => `/paths/${pathId}/practice/`;

/** A resource as a roadmap step shows it: the skill it comes from, or none for the step's own. */
export interface StepResource {
  resource: Resource;
  /** The skill whose list it comes from; undefined for a resource the step adds itself. */
  skillId?: string | undefined;
}

/** How many resources a step takes from each of its skills, and the fewest it shows per skill. */
export const PER_SKILL = 3;
export const MIN_PER_SKILL = 2;

/**
 * Which levels fit a step for a skill: where a roadmap first teaches a skill, the reader is new
 * to it (beginner and intermediate resources); where a later step comes back to it, they go
 * deeper (intermediate and advanced).
 */
export function fittingLevels(firstTime: boolean): ResourceLevel[] {
  return firstTime ? ['beginner', 'intermediate'] : ['intermediate', 'advanced'];
}

/**
 * The resources one roadmap step shows: its own first, then for each of its skills, in order,
 * the skill's first official docs (a reference at any stage) and its best resources of a
 * fitting level (the skill's list is ordered by usefulness), up to PER_SKILL; when fewer than
 * MIN_PER_SKILL fit, the skill's next resources fill in. A link shown once is not repeated.
 */
export function resourcesForStep(
  steps: ReadonlyArray<{ id: string; skills: readonly string[] }>,
  stepId: string,
  own: readonly Resource[],
  skillResources: ReadonlyMap<string, readonly Resource[]>,
): StepResource[] {
  const index = steps.findIndex((s) => s.id === stepId);
  if (index === -1) throw new Error(`No step "${stepId}" in this roadmap`);
  const step = steps[index]!;
  const shown = new Set<string>();
  const out: StepResource[] = [];
  const add = (resource: Resource, skillId?: string) => {
    const key = comparableUrl(resource.url);
    if (shown.has(key)) return false;
    shown.add(key);
    out.push({ resource, skillId });
    return true;
  };
  for (const r of own) add(r);
  for (const skillId of step.skills) {
    const list = skillResources.get(skillId) ?? [];
    const firstTime = steps.findIndex((s) => s.skills.includes(skillId)) === index;
    const levels = fittingLevels(firstTime);
    const docs = list.find((r) => r.kind === 'official-docs');
    const fitting = list.filter((r) => r !== docs && levels.includes(r.level));
    const rest = list.filter((r) => r !== docs && !levels.includes(r.level));
    let taken = 0;
    for (const r of [...(docs ? [docs] : []), ...fitting]) {
      if (taken >= PER_SKILL) break;
      if (add(r, skillId)) taken++;
    }
    for (const r of rest) {
      if (taken >= MIN_PER_SKILL) break;
      if (add(r, skillId)) taken++;
    }
  }
  return out;
}

/**
 * The order of a path's required skills on its practice page: as its roadmap first teaches
 * them, then any the roadmap does not teach, in the path's own order.
 */
export function practiceSkillOrder(requiredSkills: readonly string[], steps: ReadonlyArray<{ skills: readonly string[] }>): string[] {
  const required = new Set(requiredSkills);
  const ordered: string[] = [];
  for (const step of steps) for (const s of step.skills) if (required.has(s) && !ordered.includes(s)) ordered.push(s);
  for (const s of requiredSkills) if (!ordered.includes(s)) ordered.push(s);
  return ordered;
}

/** The date every resource in a list was checked by (the oldest check), for a "links checked" note. */
export function checkedBy(resources: ReadonlyArray<{ checked: Date }>): Date | undefined {
  return resources.reduce<Date | undefined>((oldest, r) => (!oldest || r.checked < oldest ? r.checked : oldest), undefined);
}

/** The title of a path's practice page ("Interview practice: Backend developer"). */
export const practiceTitle = (pathTitle: string): string => `Interview practice: ${pathTitle}`;
