import { z } from 'astro/zod';
import { line, summary, updated, type RefFactory } from './common.ts';

/** One item of a path's skill list: a skill id, or a group of alternatives (any member satisfies it). */
const skillItem = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.union([
    z.strictObject({
      /** Two or more skills, any one of which meets the need, in the order a reader should consider them. */
      oneOf: z.array(ref('skills')).min(2),
    }),
    ref('skills'),
  ]);

/**
 * A career path (content/paths/*.md). Structured facts live here so every path page has the
 * same sections and the tests can tell when one is missing; the Markdown body holds the prose about
 * the day-to-day work. Salary figures are not typed here: salary rows name the paths they cover.
 */
export const pathSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.strictObject({
    /** Role name as it appears in job titles (e.g. "Backend developer"). */
    title: line,
    /** Short name for tight places such as comparison tables (e.g. "Backend"). */
    shortTitle: line,
    /** One or two sentences for listings, search snippets and the meta description. */
    summary,
    /** Position on /paths/ (1 first). */
    order: z.number().int().positive(),
    /** Other job titles that mean this path, for search and job ads. */
    alsoCalled: z.array(line).default([]),
    /** Typical tasks, one per item, starting with a verb. */
    tasks: z.array(line).min(4),
    /**
     * Skills a hiring manager expects for a first job on this path. Each item is a skill id, or
     * `{ oneOf: [ids] }` for alternatives of which any one is enough ("Django, Flask or FastAPI").
     */
    requiredSkills: z.array(skillItem(ref)).min(3),
    /** Skills that set a candidate apart but are not expected at entry; items as in `requiredSkills`. */
    niceToHaveSkills: z.array(skillItem(ref)).default([]),
    /** Named tools and libraries used on the job (free text: not every tool has a skill page). */
    tools: z.array(line).min(3),
    /** Levels from first job upwards, each with what changes at that level. */
    ladder: z.array(z.strictObject({
      /** Title at this level. */
      level: line,
      /** What the work looks like at this level. */
      focus: line,
    })).min(3),
    /** One concrete project someone on this path might deliver at work. */
    exampleProject: z.strictObject({ title: line, description: z.string().trim().min(40) }),
    /** Portfolio projects and what each one proves to an employer. */
    portfolio: z.array(z.strictObject({ title: line, proves: line })).min(2),
    /** Signs this path suits a reader. */
    fitsIf: z.array(line).min(3),
    /** Signs it may not. */
    lessIdealIf: z.array(line).min(1),
    /**
     * Related paths beyond those the page derives from skill overlap (the closest few are listed
     * automatically): each names a path and why it belongs, e.g. a usual next step up the ladder.
     */
    relatedExtra: z.array(z.strictObject({
      /** The path to add. */
      path: ref('paths'),
      /** Why a reader of this path should look at it, in one line. */
      reason: line,
    })).default([]),
    /** The roadmap that leads to a first job on this path. */
    roadmap: ref('roadmaps').optional(),
    /** What to know about the salary figures for this path (e.g. why a proxy occupation is shown). */
    salaryNote: line.optional(),
    /** Sources the prose draws on. */
    sources: z.array(ref('sources')).min(1),
    /** Last reviewed. */
    updated,
  });
