import { z } from 'astro/zod';
import { line, summary, updated, type RefFactory } from './common.ts';

/** A long-form guide (content/guides/*.md). */
export const guideSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.strictObject({
    /** Page title and h1. */
    title: line,
    /** One or two sentences for listings, search and the meta description. */
    summary,
    /** Position on the guides list (1 first). */
    order: z.number().int().positive(),
    /** Paths the guide is most useful for; shown as "related" links. */
    relatedPaths: z.array(ref('paths')).default([]),
    /** Sources the guide draws on, listed at its foot. */
    sources: z.array(ref('sources')).min(1),
    /** Last reviewed. */
    updated,
  });
