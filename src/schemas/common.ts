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

/** A calendar date written YYYY-MM-DD that exists (no 2026-11-31, no bare year 2026). */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
export const DATE_EXPECTED = 'a real date written YYYY-MM-DD, such as 2026-11-22';

/** The Date a YYYY-MM-DD string names (UTC midnight), or undefined when it is not a real day. */
export function parseIsoDay(text: string): Date | undefined {
  const m = ISO_DAY.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : undefined;
}

/**
 * A date field. Our checker reads YAML without timestamps, so it sees the text as written and
 * rejects anything but a real YYYY-MM-DD; Astro's parser may already hand over a Date, which
 * is accepted when valid. Never coerces: `2026` is an error, not January 1, 1970.
 */
export const isoDate = z.unknown().transform((value, ctx): Date => {
  const date = value instanceof Date ? (Number.isNaN(value.getTime()) ? undefined : value)
    : typeof value === 'string' ? parseIsoDay(value.trim()) : undefined;
  if (!date) {
    ctx.addIssue({ code: 'custom', message: DATE_EXPECTED, input: value });
    return z.NEVER;
  }
  return date;
});

/** The date an entry's facts were last reviewed; shown on the page and used as sitemap lastmod. */
export const updated = isoDate;
