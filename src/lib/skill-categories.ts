/** Skill categories in reading order, with their headings. */
import { skillCategories } from '../schemas/skills.ts';

export type SkillCategory = (typeof skillCategories)[number];

export const CATEGORY_LABELS: Record<SkillCategory, string> = {
  language: 'The Python language',
  tooling: 'Tools of the trade',
  databases: 'Databases',
  web: 'Web and APIs',
  testing: 'Testing',
  data: 'Data',
  ml: 'Machine learning and AI',
  devops: 'DevOps and cloud',
  security: 'Security',
  professional: 'Professional skills',
};

/** Skills grouped by category, categories in the schema's order, skills by title; empty groups dropped. */
export function groupSkills<T extends { category: SkillCategory; title: string }>(skills: T[]): Array<{ category: SkillCategory; skills: T[] }> {
  return skillCategories
    .map((category) => ({ category, skills: skills.filter((s) => s.category === category).sort((a, b) => a.title.localeCompare(b.title)) }))
    .filter((g) => g.skills.length > 0);
}
