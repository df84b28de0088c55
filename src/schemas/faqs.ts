import { z } from 'astro/zod';
import { line, updated, type RefFactory } from './common.ts';

/** Groups on /faq/. */
export const faqTopics = ['getting-started', 'learning', 'jobs', 'pay-and-outlook', 'working-life', 'python-today'] as const;

/** One question (content/faqs/*.md); the file name is its #anchor on /faq/, the body its answer. */
export const faqSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.strictObject({
    /** The question, as a reader would ask it, ending with "?". */
    question: line.regex(/\?$/, 'a question ending with "?"'),
    /** The answer in one sentence: shown first, used in search snippets and structured data. */
    short: z.string().trim().min(20).max(300),
    /** Group on /faq/. */
    topic: z.enum(faqTopics),
    /** Position within its group (1 first). */
    order: z.number().int().positive(),
    /** Sources the answer draws on. */
    sources: z.array(ref('sources')).default([]),
    /** Last reviewed. */
    updated,
  });
