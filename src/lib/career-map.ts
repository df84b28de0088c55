/**
 * The career map (CareerMap.astro draws it): the shared foundation every path starts from,
 * then the paths grouped by family, each with the roadmap that leads there and the level it
 * can grow into. Everything is derived from the paths and roadmaps; plain data in and out.
 */
import { PATH_FAMILIES, type PathFamily } from './path-identity.ts';
import type { IconName } from './icons.ts';
import { totalEffort, type EffortRange } from './roadmap.ts';

export interface CareerPathInput {
  id: string;
  title: string;
  /** From lib/path-identity.ts, like the path's icon. */
  family: PathFamily;
  icon: IconName;
  /** Path order (paths keep it inside their family). */
  order: number;
  requiredSkills: string[];
  /** The roadmap id that leads to this path, if any. */
  roadmap?: string | undefined;
  /** The ladder's levels, first job first. */
  ladder: string[];
}

export interface CareerRoadmapInput {
  id: string;
  title: string;
  order: number;
  /** The path the roadmap leads to; general roadmaps have none. */
  path?: string | undefined;
  steps: Array<{ effortHours: EffortRange }>;
}

export interface MapRoadmap {
  id: string;
  title: string;
  stepCount: number;
  effort: EffortRange;
}

export interface MapPath {
  id: string;
  title: string;
  icon: IconName;
  roadmap: MapRoadmap | undefined;
  /** The highest level on the path's ladder, to follow "Can grow into" (first letter lowered unless an acronym). */
  leadsTo: string | undefined;
}

export interface CareerMap {
  foundation: {
    /** Roadmaps that lead to no single path: where everyone can start. */
    roadmaps: MapRoadmap[];
    /** Skills required by at least half of the paths, most widely required first. */
    skills: Array<{ id: string; title: string; pathCount: number }>;
  };
  families: Array<{ id: PathFamily; label: string; paths: MapPath[] }>;
  pathCount: number;
}

/** "Tech lead" -> "tech lead", but "ML lead" stays. */
export function lowerFirst(text: string | undefined): string | undefined {
  if (!text) return text;
  return /^[A-Z][A-Z]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

const mapRoadmap = (r: CareerRoadmapInput): MapRoadmap => ({ id: r.id, title: r.title, stepCount: r.steps.length, effort: totalEffort(r.steps) });

/**
 * Builds the map, families in PATH_FAMILIES order. A path's roadmap is the one it names, or else the roadmap that names it.
 * Families with no path are left out; an unknown skill id throws.
 */
export function careerMap(paths: readonly CareerPathInput[], roadmaps: readonly CareerRoadmapInput[], skillTitles: ReadonlyMap<string, string>): CareerMap {
  const byOrder = <T extends { order: number }>(list: readonly T[]) => [...list].sort((a, b) => a.order - b.order);
  const roadmapById = new Map(roadmaps.map((r) => [r.id, r]));
  const roadmapFor = (p: CareerPathInput) => (p.roadmap ? roadmapById.get(p.roadmap) : undefined) ?? byOrder(roadmaps).find((r) => r.path === p.id);

  const counts = new Map<string, number>();
  for (const p of paths) for (const s of new Set(p.requiredSkills)) counts.set(s, (counts.get(s) ?? 0) + 1);
  const skills = [...counts]
    .filter(([, n]) => paths.length > 0 && n * 2 >= paths.length)
    .map(([id, pathCount]) => {
      const title = skillTitles.get(id);
      if (title === undefined) throw new Error(`A path requires skill "${id}", which has no skill page`);
      return { id, title, pathCount };
    })
    .sort((a, b) => b.pathCount - a.pathCount || a.title.localeCompare(b.title));

  const families = (Object.keys(PATH_FAMILIES) as PathFamily[])
    .map((id) => ({
      id,
      label: PATH_FAMILIES[id].label,
      paths: byOrder(paths.filter((p) => p.family === id)).map((p): MapPath => {
        const r = roadmapFor(p);
        return { id: p.id, title: p.title, icon: p.icon, roadmap: r ? mapRoadmap(r) : undefined, leadsTo: lowerFirst(p.ladder[p.ladder.length - 1]) };
      }),
    }))
    .filter((f) => f.paths.length > 0);

  return {
    foundation: { roadmaps: byOrder(roadmaps.filter((r) => r.path === undefined)).map(mapRoadmap), skills },
    families,
    pathCount: paths.length,
  };
}
