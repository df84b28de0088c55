import { describe, expect, it } from 'vitest';
import { COMPARISON_FACTOR, runSearch as runWith, type Engine } from '../../src/lib/search-engine.ts';

const relax = () => import('../../src/lib/search-relax.ts');
const runSearch = (engine: Engine, query: string, kind = '') => runWith(engine, query, kind, relax);

/**
 * A tiny engine with Pagefind's contract: a page matches when it holds every query word, and
 * (like Pagefind's typo tolerance) "asdf" loosely matches the word "as".
 */
function engine(pages: Array<{ id: string; kind: string; words: string; score: number }>): Engine & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    search: async (query, options) => {
      asked.push(query);
      const any = (options as { filters?: { kind: { any: string[] } } } | undefined)?.filters?.kind.any;
      const words = query.toLowerCase().split(/\s+/).filter(Boolean);
      const results = pages
        .filter((p) => !any || any.includes(p.kind))
        .filter((p) => words.every((w) => p.words.split(' ').includes(w === 'asdf' ? 'as' : w)))
        .sort((a, b) => b.score - a.score)
        .map((p) => ({ id: p.id, score: p.score, data: async () => ({ content: p.words, locations: p.words.split(' ').flatMap((w, i) => (words.includes(w) ? [i] : [])), meta: {} }) }));
      return { results };
    },
  };
}

const site = engine([
  { id: 'cmp', kind: 'comparison', words: 'data engineer vs scientist salary', score: 10 },
  { id: 'path', kind: 'path', words: 'data engineer salary', score: 9 },
  { id: 'faq', kind: 'FAQ', words: 'do i need a degree developers', score: 5 },
  { id: 'guide', kind: 'guide', words: 'as a developer', score: 2 },
]);
const ids = (r: { results: Array<{ id: string }> }) => r.results.map((x) => x.id);

describe('runSearch', () => {
  it('ranks a role page above a comparison for the role name', async () => {
    expect(10 * COMPARISON_FACTOR).toBeLessThan(9);
    expect(ids(await runSearch(site, 'data engineer'))).toEqual(['path', 'cmp']);
  });
  it('lets the comparison win an "a vs b" query and when comparisons are the filter', async () => {
    expect(ids(await runSearch(site, 'data engineer vs scientist'))).toEqual(['cmp']);
    expect(ids(await runSearch(site, 'data engineer', 'comparison'))).toEqual(['cmp']);
  });
  it('keeps the reader\'s query when it matches', async () => {
    const out = await runSearch(site, 'degree');
    expect(out).toEqual({ query: 'degree', results: [expect.objectContaining({ id: 'faq' })] });
  });
  it('relaxes a query that matches nothing and says which query it ran', async () => {
    const out = await runSearch(site, 'do programmers need a degree');
    expect(out.relaxedFrom).toBe('do programmers need a degree');
    expect(out.query).toBe('do developers need a degree');
    expect(ids(out)).toEqual(['faq']);
  });
  it('does not count a typo-tolerant near miss as a match', async () => {
    expect(await runSearch(site, 'asdf')).toEqual({ query: 'asdf', results: [] });
    const out = await runSearch(site, 'asdf degree');
    expect([out.query, out.relaxedFrom, ids(out)]).toEqual(['degree', 'asdf degree', ['faq']]);
  });
  it('returns nothing, unrelaxed, for a query no relaxation can save', async () => {
    const out = await runSearch(site, 'zorblax quux');
    expect(out).toEqual({ query: 'zorblax quux', results: [] });
  });
});
