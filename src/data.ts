/**
 * Fetching for pages: each function queries a collection once and hands back plain data for
 * src/lib. Routes call these; components never query collections.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { PathSkillLists, RoadmapSkills } from './lib/skill-graph.ts';
import type { SkillItem } from './lib/skill-items.ts';
import type { TimedRoadmap } from './lib/time-to-job.ts';
import type { SalaryDataset } from './lib/salary.ts';
import type { CareerPathInput, CareerRoadmapInput } from './lib/career-map.ts';
import { pathIdentity } from './lib/path-identity.ts';
import { sourceTitles } from './lib/citations.ts';

export const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;

/**
 * In `astro build`, a query runs once per build, however many pages ask: content cannot change
 * while the site builds, and every page asking again cost a pass over the collection each time.
 * The dev server asks every time, so an edit shows on the next request. Callers copy before
 * they sort (the results are shared).
 */
const oncePerBuild = <T>(query: () => Promise<T>): (() => Promise<T>) => {
  if (!import.meta.env.PROD) return query;
  let result: Promise<T> | undefined;
  return () => (result ??= query());
};

export const getPaths = oncePerBuild(async (): Promise<CollectionEntry<'paths'>[]> => (await getCollection('paths')).sort(byOrder));
export const getSkills = oncePerBuild(async (): Promise<CollectionEntry<'skills'>[]> => (await getCollection('skills')).sort((a, b) => a.data.title.localeCompare(b.data.title)));
export const getRoadmaps = oncePerBuild(async (): Promise<CollectionEntry<'roadmaps'>[]> => (await getCollection('roadmaps')).sort(byOrder));
export const getGuides = oncePerBuild(async (): Promise<CollectionEntry<'guides'>[]> => (await getCollection('guides')).sort(byOrder));
export const getFaqs = oncePerBuild(async (): Promise<CollectionEntry<'faqs'>[]> => (await getCollection('faqs')).sort(byOrder));
export const getSources = oncePerBuild(async (): Promise<Map<string, CollectionEntry<'sources'>['data']>> => new Map((await getCollection('sources')).map((s) => [s.id, s.data])));

/** Source id -> title, for citations next to figures. */
export async function getSourceTitles(): Promise<Map<string, string>> {
  return sourceTitles(await getSources());
}

type SkillItemRef = CollectionEntry<'paths'>['data']['requiredSkills'][number];

/** A path's skill item with references reduced to ids. */
export const skillItem = (item: SkillItemRef): SkillItem => ('oneOf' in item ? { oneOf: item.oneOf.map((s) => s.id) } : item.id);

/** A path's two skill lists as plain items. */
export const skillLists = (p: CollectionEntry<'paths'>): Pick<PathSkillLists, 'requiredSkills' | 'niceToHaveSkills'> => ({
  requiredSkills: p.data.requiredSkills.map(skillItem),
  niceToHaveSkills: p.data.niceToHaveSkills.map(skillItem),
});

/** Paths as the skill graph sees them. */
export const pathSkills = (paths: CollectionEntry<'paths'>[]): PathSkillLists[] =>
  paths.map((p) => ({ id: p.id, title: p.data.title, ...skillLists(p) }));

/** Roadmaps as the skill graph sees them. */
export const roadmapSkills = (roadmaps: CollectionEntry<'roadmaps'>[]): RoadmapSkills[] =>
  roadmaps.map((r) => ({
    id: r.id,
    title: r.data.title,
    path: r.data.path?.id,
    steps: r.data.steps.map((s) => ({ id: s.id, title: s.title, skills: s.skills.map((k) => k.id), phase: s.phase })),
  }));

/** Roadmaps as the time-to-a-first-job maths sees them, by id. */
export const timedRoadmaps = (roadmaps: CollectionEntry<'roadmaps'>[]): Map<string, TimedRoadmap> =>
  new Map(roadmaps.map((r) => [r.id, {
    id: r.id,
    title: r.data.title,
    steps: r.data.steps.map((s) => ({ id: s.id, title: s.title, effortHours: s.effortHours, beyondFirstJob: s.beyondFirstJob })),
    buildsOn: r.data.buildsOn && { roadmap: r.data.buildsOn.roadmap.id, keeps: r.data.buildsOn.keeps, replaces: r.data.buildsOn.replaces },
  }]));

/** Salary datasets as plain data, references reduced to ids. */
export const getSalaryDatasets = oncePerBuild(async (): Promise<SalaryDataset[]> => (await getCollection('salaries')).map((d) => ({
  ...d.data,
  id: d.id,
  source: d.data.source.id,
  rows: d.data.rows.map((r) => ({ ...r, paths: r.paths.map((p) => p.id), source: r.source?.id })),
})));

/** Paths and roadmaps as the career map sees them. */
export const careerMapInput = (paths: CollectionEntry<'paths'>[], roadmaps: CollectionEntry<'roadmaps'>[]): [CareerPathInput[], CareerRoadmapInput[]] => [
  paths.map((p) => ({
    id: p.id, title: p.data.title, ...pathIdentity(p.id), order: p.data.order,
    // A group of alternatives is no one skill every path needs: only plain skills count here.
    requiredSkills: skillLists(p).requiredSkills.filter((i): i is string => typeof i === 'string'),
    roadmap: p.data.roadmap?.id, ladder: p.data.ladder.map((l) => l.level),
  })),
  roadmaps.map((r) => ({ id: r.id, title: r.data.title, order: r.data.order, path: r.data.path?.id, steps: r.data.steps })),
];
