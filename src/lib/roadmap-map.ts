/**
 * The map of one roadmap (RoadmapMap.astro draws it): its steps grouped into their phases, in
 * order, each with its position, effort and skills. Plain data in, plain data out.
 */
import { totalEffort, type EffortRange } from './roadmap.ts';
import type { StatusChoice } from './progress.ts';

export interface MapStepInput {
  id: string;
  title: string;
  phase?: string | undefined;
  effortHours: EffortRange;
  /** Skill ids the step teaches. */
  skills: string[];
}

export interface MapStep {
  id: string;
  /** 1-based position in the roadmap. */
  position: number;
  title: string;
  effort: EffortRange;
  skills: Array<{ id: string; title: string }>;
}

export interface MapPhase {
  /** The phase label; undefined for steps the roadmap puts in no phase. */
  label: string | undefined;
  /** 1-based number of the phase. */
  number: number;
  steps: MapStep[];
  /** Sum of the phase's step efforts. */
  effort: EffortRange;
}

export interface RoadmapMap {
  phases: MapPhase[];
  stepCount: number;
  /** True when at least one step names a phase (the map then labels its groups). */
  phased: boolean;
}

/**
 * Groups consecutive steps that share a phase label, keeping the roadmap's order (a label that
 * comes back after another phase starts a new group, so the order is never changed). Skill
 * titles come from `skillTitles`; an unknown skill id throws, naming the step.
 */
export function roadmapMap(steps: readonly MapStepInput[], skillTitles: ReadonlyMap<string, string>): RoadmapMap {
  const phases: MapPhase[] = [];
  steps.forEach((s, index) => {
    const skills = s.skills.map((id) => {
      const title = skillTitles.get(id);
      if (title === undefined) throw new Error(`Step "${s.id}" teaches skill "${id}", which has no skill page`);
      return { id, title };
    });
    const step: MapStep = { id: s.id, position: index + 1, title: s.title, effort: { ...s.effortHours }, skills };
    const last = phases[phases.length - 1];
    if (last && last.label === s.phase) last.steps.push(step);
    else phases.push({ label: s.phase, number: phases.length + 1, steps: [step], effort: { min: 0, max: 0 } });
  });
  for (const p of phases) p.effort = totalEffort(p.steps.map((s) => ({ effortHours: s.effort })));
  return { phases, stepCount: steps.length, phased: steps.some((s) => s.phase !== undefined) };
}

/** "20–40 h": the compact effort a map node shows. */
export function shortHours({ min, max }: EffortRange): string {
  return min === max ? `${min} h` : `${min}–${max} h`;
}

/** Id of a step's node on its roadmap's map (links from skill and step pages land on it). */
export const mapNodeId = (stepId: string): string => `map-${stepId}`;

/** What a node link's accessible name ends with once the reader has progress: ", done". */
export function nodeStatusSuffix(status: StatusChoice): string {
  return `, ${status === 'in-progress' ? 'in progress' : status === 'not-started' ? 'not started' : status}`;
}
