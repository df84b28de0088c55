import { z } from 'astro/zod';
import { line, slugId, summary, updated, type RefFactory } from './common.ts';
import { stepResources } from './learning.ts';

/** One step of a roadmap: its id is stable forever because readers' saved progress is keyed by it. */
export const roadmapStepSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.strictObject({
    /** Stable id; also the step's URL segment. Rename only with an entry in `renamed`. */
    id: slugId,
    /** Step heading, starting with a verb ("Learn Git and the command line"). */
    title: line,
    /** One sentence: what this step achieves. */
    summary: line,
    /** Optional group label shown on the overview (e.g. "Foundation, months 0-6"). */
    phase: line.optional(),
    /** What to learn, one topic per item. */
    learn: z.array(line).min(2),
    /** Skills this step teaches; skill pages derive "when to learn it" from these. */
    skills: z.array(ref('skills')).default([]),
    /** Resources of the step's own, shown before those derived from its skills (for steps without skills, or to fill gaps). */
    resources: stepResources,
    /** True for a step that goes beyond what a first job asks: the time to a first job leaves it out (the planner's total keeps it). */
    beyondFirstJob: z.boolean().default(false),
    /** Rough effort in focused hours, as a range; planning divides it by hours per week. */
    effortHours: z.strictObject({ min: z.number().int().positive(), max: z.number().int().positive() })
      .refine((e) => e.min <= e.max, { error: (issue) => `a max at or above min (${String((issue.input as { min?: number }).min)})`, path: ['max'] }),
    /** A project that practises the step. */
    project: z.strictObject({ title: line, description: z.string().trim().min(40) }),
    /** "You are ready to move on when you can..." checks, each finishing that sentence. */
    readyWhen: z.array(line).min(2),
    /** Optional longer advice in Markdown. */
    details: z.string().trim().optional(),
  });

/** A roadmap (content/roadmaps/*.yaml): ordered steps from a starting point to a goal. */
export const roadmapSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.strictObject({
    /** Roadmap name. */
    title: line,
    /** One or two sentences for listings and search. */
    summary,
    /** Position on /roadmaps/ (1 first). */
    order: z.number().int().positive(),
    /** The career path this roadmap leads to, if it is path-specific. */
    path: ref('paths').optional(),
    /** Who the roadmap is for and what it assumes, in a sentence or two. */
    audience: z.string().trim().min(20),
    /**
     * For a path roadmap: the roadmap it builds on (the beginner roadmap) and what happens to each
     * of that roadmap's steps. The time to a first job counts the kept steps and this roadmap's own,
     * never a replaced step, so no topic is counted twice. Every step there is kept or replaced.
     */
    buildsOn: z.strictObject({
      /** The roadmap a reader starts on. */
      roadmap: ref('roadmaps'),
      /** Its steps a reader still does with this roadmap (the foundation first, interview practice last). */
      keeps: z.array(slugId).min(1),
      /** Its steps this roadmap teaches instead, for this path; skip them there. */
      replaces: z.array(slugId).default([]),
    }).optional(),
    /** What the derived time frame does not show, in one line (e.g. that it follows years of work). */
    timeframeNote: line.optional(),
    /**
     * Time-to-a-first-job figures our sources give, shown beside our own estimate with what each
     * assumes; pages may quote these and the derived figures, no other.
     */
    sourceTimeframes: z.array(z.strictObject({
      /** Who says it. */
      source: ref('sources'),
      /** The range they give, in months. */
      months: z.strictObject({ min: z.number().int().nonnegative(), max: z.number().int().positive() }),
      /** What the figure assumes, as the source states it, finishing "It assumes...". */
      assumes: line,
    })).default([]),
    /** Markdown introduction shown above the steps. */
    intro: z.string().trim().min(40),
    /** Old step id -> current step id, so saved progress follows a renamed step. */
    renamed: z.record(slugId, slugId).default({}),
    /** Sources the roadmap draws on. */
    sources: z.array(ref('sources')).min(1),
    /** Last reviewed. */
    updated,
    /** The steps, in order. */
    steps: z.array(roadmapStepSchema(ref)).min(2),
  });
