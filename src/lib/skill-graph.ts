/**
 * Who needs which skill, derived from the paths and roadmaps so it is never typed twice.
 */
import { membersOf, satisfies, skillIdsOf, type SkillItem } from './skill-items.ts';

/**
 * A path as every skill computation sees it (skill graph, comparison, skill match, job-ad
 * decoder): its id, title and its two skill lists as skill ids. data.ts `pathSkills` makes them.
 */
export interface PathSkillLists {
  id: string;
  title: string;
  requiredSkills: SkillItem[];
  niceToHaveSkills: SkillItem[];
}

/** The parts of a roadmap the skill graph needs. */
export interface RoadmapSkills {
  id: string;
  title: string;
  path?: string | undefined;
  steps: Array<{ id: string; title: string; skills: string[]; phase?: string | undefined }>;
}

export interface SkillNeed {
  pathId: string;
  pathTitle: string;
  level: 'required' | 'nice-to-have';
  /** When the path lists the skill in a group of alternatives: the whole group, in order (any member will do); else []. */
  group: string[];
}

export interface SkillStep {
  roadmapId: string;
  roadmapTitle: string;
  stepId: string;
  stepTitle: string;
  /** 1-based position of the step in its roadmap. */
  position: number;
  stepCount: number;
  /** The step's phase, if its roadmap names one. */
  phase?: string | undefined;
}

/**
 * For each skill id, the paths that list it, required ones first, each level in path order. A
 * member of a group of alternatives is needed at the group's level, with the group noted.
 */
export function pathsBySkill(paths: PathSkillLists[]): Map<string, SkillNeed[]> {
  const out = new Map<string, SkillNeed[]>();
  const add = (skill: string, need: SkillNeed) => {
    const list = out.get(skill) ?? [];
    if (!list.some((n) => n.pathId === need.pathId)) list.push(need);
    out.set(skill, list);
  };
  for (const level of ['required', 'nice-to-have'] as const) {
    for (const p of paths) {
      for (const item of level === 'required' ? p.requiredSkills : p.niceToHaveSkills) {
        const members = membersOf(item);
        for (const skill of members) add(skill, { pathId: p.id, pathTitle: p.title, level, group: members.length > 1 ? members : [] });
      }
    }
  }
  return out;
}

/** For each skill id, the roadmap steps that teach it, in roadmap order then step order. */
export function stepsBySkill(roadmaps: RoadmapSkills[]): Map<string, SkillStep[]> {
  const out = new Map<string, SkillStep[]>();
  for (const r of roadmaps) {
    r.steps.forEach((step, index) => {
      for (const skill of step.skills) {
        const list = out.get(skill) ?? [];
        list.push({ roadmapId: r.id, roadmapTitle: r.title, stepId: step.id, stepTitle: step.title, position: index + 1, stepCount: r.steps.length, ...(step.phase ? { phase: step.phase } : {}) });
        out.set(skill, list);
      }
    });
  }
  return out;
}

/** Skills that no path lists and no roadmap step teaches: nobody could reach them. */
export function orphanSkills(skillIds: string[], paths: PathSkillLists[], roadmaps: RoadmapSkills[]): string[] {
  const needed = pathsBySkill(paths);
  const taught = stepsBySkill(roadmaps);
  return skillIds.filter((id) => !needed.has(id) && !taught.has(id));
}

/** Skills of a path that its own roadmap never teaches; a group is taught when any member is. */
export function untaughtSkills(path: PathSkillLists, roadmap: RoadmapSkills): string[] {
  const taught = new Set(roadmap.steps.flatMap((s) => s.skills));
  return skillIdsOf([...path.requiredSkills, ...path.niceToHaveSkills].filter((item) => !satisfies(item, taught)));
}
