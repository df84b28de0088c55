/**
 * Building blocks shared by every collection schema.
 *
 * Schemas are written as functions of a `ref` factory so that the same definitions serve two
 * callers: Astro's content layer (which passes `reference()` from astro:content, so a missing
 * entry fails the build) and our own checker (src/lib/content-check.ts, whose `resolvingRef`
 * checks each id against every loaded entry and suggests the closest, so every mistake is
 * reported in one run).
 */
import { z } from 'astro/zod';

/** The collections an entry may point at. */
export type CollectionName = 'paths' | 'skills' | 'roadmaps' | 'guides' | 'faqs' | 'salaries' | 'sources';

/**
 * Makes the zod type of a cross-link to another collection. Generic over what it returns so a
 * schema's output keeps the caller's reference type ({ id, collection } in Astro, a string here).
 */
export type RefFactory<R extends z.ZodType = z.ZodType> = (collection: CollectionName) => R;

/** Ids are lowercase words joined by hyphens: they end up in URLs people share. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const slugId = z.string().regex(idPattern, 'a lowercase-hyphenated id such as "data-engineer"');

/** One line of plain text: no line breaks, not empty. */
export const line = z.string().trim().min(1).regex(/^[^\n]*$/, 'a single line of text');

/** Search-result and meta-description text: long enough to say something, short enough for a snippet. */
export const summary = z.string().trim().min(40).max(200);

/** The date an entry's facts were last reviewed; shown on the page and used as sitemap lastmod. */
export const updated = z.coerce.date();
