import { z } from 'astro/zod';
import { line, summary, updated } from './common.ts';
import { skillQuestions, skillResources } from './learning.ts';

/** Groups for the skills index and the skill-match checklist. */
export const skillCategories = [
  'language', 'tooling', 'databases', 'web', 'testing', 'data', 'ml', 'devops', 'security', 'professional',
] as const;

/**
 * A skill (content/skills/*.md). The body says what it is, why employers ask for it and how to
 * show it; which paths need it and where roadmaps teach it are derived, never typed here.
 */
export const skillSchema = () =>
  z.strictObject({
    /** Name as employers write it in job ads (e.g. "FastAPI", "SQL and relational databases"). */
    title: line,
    /** One or two sentences for listings, search snippets and the meta description. */
    summary,
    /** Where the skill sits on the skills index. */
    category: z.enum(skillCategories),
    /** Other names and spellings readers and job ads use ("Postgres", "k8s"); lowercase. */
    aliases: z.array(z.string().trim().toLowerCase().min(1)).default([]),
    /** Where to learn it: 3 to 8 resources, official documentation first (format: src/schemas/learning.ts). */
    resources: skillResources,
    /** "Check yourself": 3 to 6 questions with model answers, shown on the skill page and the practice pages. */
    questions: skillQuestions,
    /** Last reviewed. */
    updated,
  });
