/**
 * Issue 13 over the real content: every skill lists enough resources and self-check questions,
 * and every roadmap step shows at least two resources (its own plus those picked from its skills).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { parseContentFiles, type ParsedEntry } from '../../src/lib/content-check.ts';
import { loadContentFiles } from '../../src/lib/content-files.ts';
import { resourcesForStep } from '../../src/lib/learning.ts';
import { SKILL_QUESTIONS, SKILL_RESOURCES, type Resource } from '../../src/schemas/learning.ts';

const root = resolve(import.meta.dirname, '../..');
let entries: ParsedEntry[] = [];
const of = (collection: string) => entries.filter((e) => e.collection === collection);
interface SkillData { resources?: Resource[]; questions?: unknown[] }
interface RoadmapData { steps: Array<{ id: string; skills?: string[]; resources?: Resource[] }> }

beforeAll(async () => {
  entries = parseContentFiles(await loadContentFiles(root)).entries;
});

describe('learning resources and self-check questions', () => {
  it(`gives every skill at least ${SKILL_RESOURCES.min} resources and ${SKILL_QUESTIONS.min} questions`, () => {
    const short = of('skills').flatMap((e) => {
      const d = e.data as SkillData;
      const resources = d.resources?.length ?? 0;
      const questions = d.questions?.length ?? 0;
      return resources < SKILL_RESOURCES.min || questions < SKILL_QUESTIONS.min ? [`${e.id}: ${resources} resources, ${questions} questions`] : [];
    });
    expect(short).toEqual([]);
  });

  it('shows at least two resources on every roadmap step', () => {
    const skillResources = new Map(of('skills').map((e) => [e.id, (e.data as SkillData).resources ?? []]));
    const short = of('roadmaps').flatMap((e) => {
      const steps = (e.data as RoadmapData).steps.map((s) => ({ id: s.id, skills: s.skills ?? [], resources: s.resources ?? [] }));
      return steps.flatMap((s) => {
        const n = resourcesForStep(steps, s.id, s.resources, skillResources).length;
        return n < 2 ? [`${e.id}/${s.id}: ${n}`] : [];
      });
    });
    expect(short).toEqual([]);
  });
});
