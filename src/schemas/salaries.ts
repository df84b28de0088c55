import { z } from 'astro/zod';
import { line, slugId, updated, type RefFactory } from './common.ts';

/** One row of a salary dataset: a range and/or a median for one role, level, industry or state. */
export const salaryRowSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.strictObject({
    /** Stable id within the dataset (e.g. "entry", "california"). */
    id: slugId,
    /** What the row describes, as a reader would say it. */
    label: line,
    /** The career paths this figure describes or stands in for; path pages list rows from this. */
    paths: z.array(ref('paths')).default([]),
    /** Lower end of the range, in the dataset's currency per period. */
    min: z.number().int().positive().optional(),
    /** Upper end; omit for an open-ended range such as "160k and up". */
    max: z.number().int().positive().optional(),
    /** A single figure (median, mean or unstated average: the dataset's `measure` says which). */
    value: z.number().int().positive().optional(),
    /** The row's own publication when it is not the dataset's (e.g. another page of the same handbook). */
    source: ref('sources').optional(),
    /** A caveat for this row only. */
    note: line.optional(),
  }).refine((r) => r.min !== undefined || r.value !== undefined, {
    message: 'a row needs a min (for a range) or a value',
    path: ['min'],
  }).refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, {
    error: (issue) => `a max at or above min (${String((issue.input as { min?: number }).min)})`,
    path: ['max'],
  });

/** A salary dataset (content/salaries/*.yaml): figures that share one source, year, region and currency. */
export const salaryDatasetSchema = <R extends z.ZodType>(ref: RefFactory<R>) =>
  z.strictObject({
    /** Heading shown above the table and chart. */
    title: line,
    /** What the rows are split by; the salaries page groups datasets by this. */
    dimension: z.enum(['path', 'level', 'industry', 'state', 'occupation']),
    /** The publication the figures come from. */
    source: ref('sources'),
    /** The year the figures describe; null only when the source gives none (then yearNote says so). */
    year: z.number().int().min(1990).max(2100).nullable(),
    /** Required when year is null: what we know about the date. */
    yearNote: line.optional(),
    /** Where the figures apply (e.g. "United States"). */
    region: line,
    /** ISO 4217 code of the figures. */
    currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as "USD"'),
    /** What one figure is: annual base pay unless the source says otherwise. */
    period: z.enum(['year', 'hour']).default('year'),
    /** What the figures are: ranges (min-max, value optional) or one figure per row whose kind is
     *  median, mean, or an average the source does not define ("unstated"). */
    measure: z.enum(['range', 'median', 'mean', 'unstated']),
    /** What the figures are and what they are not, in a sentence or two. */
    description: z.string().trim().min(20),
    /** Last reviewed. */
    updated,
    /** The figures. */
    rows: z.array(salaryRowSchema(ref)).min(1),
  }).refine((d) => d.measure === 'range' ? d.rows.every((r) => r.min !== undefined) : d.rows.every((r) => r.value !== undefined), {
    message: 'every row of a range dataset needs a min; every row of any other dataset needs a value',
    path: ['rows'],
  }).refine((d) => d.year !== null || d.yearNote !== undefined, {
    message: 'a dataset without a year needs a yearNote',
    path: ['yearNote'],
  });
