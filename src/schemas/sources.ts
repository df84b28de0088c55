import { z } from 'astro/zod';
import { line, slugId } from './common.ts';

/** One publication we cite (content/sources.yaml). Every figure on the site points at one of these. */
export const sourceSchema = z.strictObject({
  /** Stable id, used in citations and as the #anchor on /sources/. */
  id: slugId,
  /** The publication's own title, as it is published. */
  title: line,
  /** How the guide's prose names it, every time, when the title is too long to repeat (e.g. "Python Developer in the U.S."); the title otherwise. */
  shortTitle: line.optional(),
  /** Who published it; omitted when the publication does not say. */
  publisher: line.optional(),
  /** Year of publication, when the publication states or plainly implies it. */
  year: z.number().int().min(1990).max(2100).optional(),
  /** Why the year is missing or what it means (e.g. "undated; cites the 2021-2031 projection"). */
  dateNote: line.optional(),
  /** What sort of publication it is, so readers can weigh it. */
  kind: z.enum(['government', 'survey', 'official', 'career-guide', 'certification', 'community']),
  /** Public address, when there is one. */
  url: z.url().optional(),
  /** One or two sentences: what we take from it and any caveat. */
  note: z.string().trim().min(20),
}).refine((s) => s.year !== undefined || s.dateNote !== undefined, {
  message: 'a source without a year needs a dateNote saying why',
  path: ['dateNote'],
});
export type Source = z.infer<typeof sourceSchema>;
