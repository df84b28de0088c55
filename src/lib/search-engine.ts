/**
 * One search as the site runs it, on top of any Pagefind-like engine (the browser's pagefind.js
 * or the same file loaded in Node by the query-quality test): rank, and when nothing matches,
 * relax the query (search-relax.ts, loaded only then). No DOM here, so the dialog, the search
 * page and the tests share it.
 */
import { isComparisonQuery, queryWords, unmatchedTerms } from './search-query.ts';
import { kindFilter } from './search-results.ts';

export interface EngineHandle { id: string; score: number; data: () => Promise<unknown> }
export interface Engine {
  search: (query: string, options?: Record<string, unknown>) => Promise<{ results: EngineHandle[] } | null>;
}

/**
 * How the site runs Pagefind (the browser adds the build's metaCacheTag). Favour exact word
 * matches over prefixes ("sql" should find SQL before SQLAlchemy) and penalise long pages less,
 * so a skill's own page beats the many pages that mention it. noWorker: the index of a few
 * hundred pages searches in milliseconds on the main thread, and the web worker would be a
 * second 43 KB script on every first search.
 */
export const PAGEFIND_OPTIONS = { noWorker: true, excerptLength: 24, ranking: { termSimilarity: 4, pageLength: 0.3 } };

export interface SearchOutcome<H extends EngineHandle = EngineHandle> {
  /** The query that produced `results`: the reader's, or a relaxed one. */
  query: string;
  /** Set when `query` is a relaxed version of what the reader typed. */
  relaxedFrom?: string;
  /** Every matching page, best first (the true count is `results.length`). */
  results: H[];
}

/**
 * Comparison pages ("data engineer vs data scientist") are short and name two roles in their
 * title, so on their own they outrank the role pages. Unless the query compares, their score is
 * scaled by this factor: a role or skill page wins for its own name.
 */
export const COMPARISON_FACTOR = 0.6;

/** Pagefind's results for one query, comparisons demoted unless the query compares. */
async function ranked<H extends EngineHandle>(engine: Engine, query: string, kind: string): Promise<H[]> {
  const demote = kind === '' && !isComparisonQuery(query);
  const [all, comparisons] = await Promise.all([
    engine.search(query, kindFilter(kind)),
    demote ? engine.search(query, kindFilter('comparison')) : Promise.resolve(null),
  ]);
  const results = (all?.results ?? []) as H[];
  if (!comparisons || comparisons.results.length === 0) return results;
  const isComparison = new Set(comparisons.results.map((r) => r.id));
  const score = (r: H) => r.score * (isComparison.has(r.id) ? COMPARISON_FACTOR : 1);
  // Stable: equal scores keep Pagefind's order.
  return results.map((r, i) => ({ r, i, s: score(r) })).sort((a, b) => b.s - a.s || a.i - b.i).map((x) => x.r);
}

/** The part of a Pagefind result this module reads: the text and where the query matched. */
interface MatchData { content?: string; locations?: number[]; meta?: Record<string, string | undefined> }

/** The words of a result that the query matched (in its text, and its title, which Pagefind also searches). */
async function matchedWords(handle: EngineHandle): Promise<string[]> {
  const data = (await handle.data()) as MatchData;
  const words = (data.content ?? '').split(/\s+/);
  return [...(data.locations ?? []).map((l) => words[l] ?? ''), data.meta?.['title'] ?? ''];
}

/**
 * Results for a query, or none when one of its words was only "found" by typo tolerance
 * (see unmatchedTerms): Pagefind then matches every result the same loose way, so the best
 * result tells. Returns the loosely matched words too.
 */
export async function attempt<H extends EngineHandle>(engine: Engine, query: string, kind: string): Promise<{ results: H[]; unmatched: string[] }> {
  const results = await ranked<H>(engine, query, kind);
  if (results.length === 0) return { results, unmatched: [] };
  const unmatched = unmatchedTerms(queryWords(query), await matchedWords(results[0]!));
  return unmatched.length ? { results: [], unmatched } : { results, unmatched };
}

/** Loads search-relax.ts: the browser from its own URL, only when a query finds nothing. */
export type RelaxLoader = () => Promise<{ relaxedSearch: typeof import('./search-relax.ts').relaxedSearch }>;

/** Searches, and when the query matches nothing, tries relaxed versions of it in order. */
export async function runSearch<H extends EngineHandle>(engine: Engine, query: string, kind: string, relax: RelaxLoader): Promise<SearchOutcome<H>> {
  const first = await attempt<H>(engine, query, kind);
  if (first.results.length > 0 || queryWords(query).length === 0) return { query, results: first.results };
  return (await relax()).relaxedSearch<H>(engine, query, kind);
}
