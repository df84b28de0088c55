/**
 * Learning resources and self-check questions (issue 13). Skills list both in their frontmatter;
 * roadmap steps may add resources of their own. The rules a list must follow (how many, official
 * documentation first, no duplicate links or question ids) are refinements here, so the content
 * check and the build report the same mistakes.
 */
import { z } from 'astro/zod';
import { isoDate, line, slugId } from './common.ts';
import { comparableUrl, linkProblem } from '../lib/resource-links.ts';

/** What a resource is. Official documentation is the project's own docs (python.org, a framework's site). */
export const resourceKinds = ['official-docs', 'tutorial', 'course', 'book', 'video', 'practice', 'tool'] as const;
/** What a reader pays: "free-with-account" covers sign-up walls and free audits with a paid certificate. */
export const resourceCosts = ['free', 'free-with-account', 'paid'] as const;
/** Who a resource is written for. */
export const resourceLevels = ['beginner', 'intermediate', 'advanced'] as const;

export type ResourceKind = (typeof resourceKinds)[number];
export type ResourceCost = (typeof resourceCosts)[number];
export type ResourceLevel = (typeof resourceLevels)[number];

/** How many resources a skill lists, and how many questions it asks. */
export const SKILL_RESOURCES = { min: 3, max: 8 } as const;
export const SKILL_QUESTIONS = { min: 3, max: 6 } as const;

/** A resource's link: https, no tracking or affiliate parameters, no shortener (see lib/resource-links.ts). */
const resourceUrl = z.string().trim().superRefine((value, ctx) => {
  const problem = linkProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
});

/** One learning resource: a link with honest labels. */
export const resourceSchema = z.strictObject({
  /** The resource's own name, as its page writes it. */
  title: line,
  /** Where it lives: https only, no utm_*, ref=, aff, tag= or other tracking; a stable home page when a deep URL is unsure. */
  url: resourceUrl,
  /** What it is (shown as a label). */
  kind: z.enum(resourceKinds),
  /** What it costs a reader, truthfully (shown as a label). */
  cost: z.enum(resourceCosts),
  /** Who it is written for; roadmap steps pick resources by level. */
  level: z.enum(resourceLevels),
  /** One line in our words: what the resource is good for. */
  goodFor: line.min(20).max(160),
  /** When the link and its cost were last checked (ISO date). */
  checked: isoDate,
  /** What needs an account or money (e.g. "Free to audit; the certificate is paid."); required for free-with-account. */
  costNote: line.optional(),
}).superRefine((r, ctx) => {
  if (r.cost === 'free-with-account' && !r.costNote) {
    ctx.addIssue({ code: 'custom', path: ['costNote'], message: 'a costNote saying what the account unlocks or what costs money (cost is free-with-account)' });
  }
});

/** One self-check question with its model answer. */
export const questionSchema = z.strictObject({
  /** Kebab-case, unique within the skill; the page prefixes it to make the question's #anchor. */
  id: slugId,
  /** The question a hiring manager or a "ready when" check would ask; one line ending with "?". */
  question: line.regex(/\?$/, 'a question ending with "?"'),
  /** Model answer in Markdown, one to four sentences. */
  answer: z.string().trim().min(20).max(900),
});

export type Resource = z.output<typeof resourceSchema>;
export type Question = z.output<typeof questionSchema>;

/** Flags a link that appears twice in one list (compared without "www.", fragment or trailing slash). */
const noDuplicateUrls = (list: ReadonlyArray<{ url: string }>, ctx: z.RefinementCtx) => {
  const seen = new Map<string, number>();
  list.forEach((r, i) => {
    const key = comparableUrl(r.url);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else ctx.addIssue({ code: 'custom', path: [i, 'url'], message: `a link not already in the list (resources[${first}] has it)`, input: r.url });
  });
};

/** When a list has official documentation, it starts with it (the rest is ordered by usefulness). */
const officialDocsFirst = (list: ReadonlyArray<{ kind: ResourceKind }>, ctx: z.RefinementCtx) => {
  const docs = list.findIndex((r) => r.kind === 'official-docs');
  if (docs > 0) {
    ctx.addIssue({ code: 'custom', path: [0, 'kind'], message: `official docs first (resources[${docs}] is official docs)`, input: list[0]!.kind });
  }
};

/** A skill's resources: 3 to 8, official docs first when there are any, no duplicate links. */
export const skillResources = z.array(resourceSchema).min(SKILL_RESOURCES.min).max(SKILL_RESOURCES.max)
  .superRefine((list, ctx) => { noDuplicateUrls(list, ctx); officialDocsFirst(list, ctx); });

/** A roadmap step's own resources (added to those derived from its skills): up to 8, no duplicate links. */
export const stepResources = z.array(resourceSchema).max(SKILL_RESOURCES.max)
  .superRefine((list, ctx) => { noDuplicateUrls(list, ctx); officialDocsFirst(list, ctx); })
  .default([]);

/** A skill's self-check questions: 3 to 6, ids unique within the skill. */
export const skillQuestions = z.array(questionSchema).min(SKILL_QUESTIONS.min).max(SKILL_QUESTIONS.max)
  .superRefine((list, ctx) => {
    const seen = new Map<string, number>();
    list.forEach((q, i) => {
      const first = seen.get(q.id);
      if (first === undefined) seen.set(q.id, i);
      else ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `a question id unique within the skill (questions[${first}] has it)`, input: q.id });
    });
  });
