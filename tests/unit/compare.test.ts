import { describe, expect, it } from 'vitest';
import {
  allPairs, canonicalPair, compareUrl, comparisonHeadings, pairSlug, pairTitle, percentOf, rankByOverlap, relatedPaths, skillLevels, skillOverlap, titleMidSentence,
} from '../../src/lib/compare.ts';

const backend = { id: 'backend-developer', title: 'Backend developer', order: 1, requiredSkills: ['python', 'sql', 'django', 'docker'], niceToHaveSkills: ['redis', 'kubernetes'] };
const data = { id: 'data-engineer', title: 'Data engineer', order: 4, requiredSkills: ['python', 'sql', 'spark'], niceToHaveSkills: ['docker', 'airflow'] };
const devops = { id: 'devops-engineer', title: 'DevOps engineer', order: 9, requiredSkills: ['linux', 'kubernetes'], niceToHaveSkills: [] };

describe('canonical pairs', () => {
  it('orders a pair by the paths\' order, whichever way it is given', () => {
    expect(canonicalPair(data, backend).map((p) => p.id)).toEqual(['backend-developer', 'data-engineer']);
    expect(canonicalPair(backend, data).map((p) => p.id)).toEqual(['backend-developer', 'data-engineer']);
    expect(compareUrl(data, backend)).toBe('/compare/backend-developer-vs-data-engineer/');
    expect(compareUrl(backend, data)).toBe(compareUrl(data, backend));
  });
  it('breaks an order tie by id, so every pair has exactly one URL', () => {
    const a = { id: 'a', order: 1 };
    const b = { id: 'b', order: 1 };
    expect(compareUrl(b, a)).toBe('/compare/a-vs-b/');
  });
  it('lists every pair once: n paths give n(n-1)/2 pairs', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => ({ id: `p${i}`, order: 12 - i }));
    const pairs = allPairs(twelve);
    expect(pairs).toHaveLength(66);
    const slugs = pairs.map(([a, b]) => pairSlug(a.id, b.id));
    expect(new Set(slugs).size).toBe(66);
    for (const [a, b] of pairs) expect(a.order).toBeLessThan(b.order);
    expect(allPairs([backend])).toEqual([]);
  });
});

describe('overlap', () => {
  it('gives 0 for two empty lists', () => {
    expect(skillOverlap({ requiredSkills: [], niceToHaveSkills: [] }, { requiredSkills: [], niceToHaveSkills: [] })).toMatchObject({ union: 0, ratio: 0, percent: 0 });
  });
  it('counts required and nice-to-have skills together, listing shared and distinct skills with their levels', () => {
    const o = skillOverlap(backend, data);
    expect(o.shared).toEqual([
      { item: 'python', other: 'python', first: 'required', second: 'required' },
      { item: 'sql', other: 'sql', first: 'required', second: 'required' },
      { item: 'docker', other: 'docker', first: 'required', second: 'nice-to-have' },
    ]);
    expect(o.onlyFirst).toEqual([{ item: 'django', level: 'required' }, { item: 'redis', level: 'nice-to-have' }, { item: 'kubernetes', level: 'nice-to-have' }]);
    expect(o.onlySecond).toEqual([{ item: 'spark', level: 'required' }, { item: 'airflow', level: 'nice-to-have' }]);
    expect(o.union).toBe(8);
    expect(o.ratio).toBeCloseTo(3 / 8);
    expect(o.percent).toBe(38);
  });
  it('is symmetric in its percentage', () => {
    expect(skillOverlap(data, backend).percent).toBe(skillOverlap(backend, data).percent);
    expect(skillOverlap(backend, devops).percent).toBe(skillOverlap(devops, backend).percent);
  });
  it('counts a skill listed twice on one path once, as required', () => {
    expect(skillLevels({ requiredSkills: ['sql'], niceToHaveSkills: ['sql', 'git'] })).toEqual([{ item: 'sql', level: 'required' }, { item: 'git', level: 'nice-to-have' }]);
    const o = skillOverlap({ requiredSkills: ['sql'], niceToHaveSkills: ['sql'] }, { requiredSkills: ['sql'], niceToHaveSkills: [] });
    expect(o.union).toBe(1);
    expect(o.percent).toBe(100);
  });
  it('counts a group of alternatives as one skill, shared with any of its members', () => {
    const web = { requiredSkills: ['sql', { oneOf: ['django', 'fastapi', 'flask'] }], niceToHaveSkills: [] };
    const o = skillOverlap(web, { requiredSkills: ['sql', 'flask'], niceToHaveSkills: ['django'] });
    // The group pairs with flask (its first free overlapping item); django is then only on the second path.
    expect(o.shared).toEqual([
      { item: 'sql', other: 'sql', first: 'required', second: 'required' },
      { item: { oneOf: ['django', 'fastapi', 'flask'] }, other: 'flask', first: 'required', second: 'required' },
    ]);
    expect(o.onlySecond).toEqual([{ item: 'django', level: 'nice-to-have' }]);
    expect(o.union).toBe(3);
    expect(o.percent).toBe(67);
    // Two paths that each require a different member of the same group share it.
    expect(skillOverlap({ requiredSkills: [{ oneOf: ['pytorch', 'tensorflow'] }], niceToHaveSkills: [] }, { requiredSkills: ['tensorflow'], niceToHaveSkills: [] }).percent).toBe(100);
    // Listing both alternatives as separate requirements would count them twice.
    expect(skillOverlap({ requiredSkills: ['pytorch', 'tensorflow'], niceToHaveSkills: [] }, { requiredSkills: ['tensorflow'], niceToHaveSkills: [] }).percent).toBe(50);
  });
  it('ranks other paths by overlap, highest first, ties by order', () => {
    expect(rankByOverlap(backend, [backend, data, devops]).map((r) => [r.path.id, r.overlap.percent])).toEqual([['data-engineer', 38], ['devops-engineer', 14]]);
  });
  it('handles paths with nothing in common and identical paths', () => {
    expect(skillOverlap(data, devops).percent).toBe(0);
    expect(skillOverlap(data, devops).shared).toEqual([]);
    expect(skillOverlap(backend, backend).percent).toBe(100);
  });
});

describe('percentOf', () => {
  it('never rounds a partial share to 0% or 100%', () => {
    expect(percentOf(0, 10)).toBe(0);
    expect(percentOf(10, 10)).toBe(100);
    expect(percentOf(1, 300)).toBe(1);
    expect(percentOf(299, 300)).toBe(99);
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(3, 0)).toBe(0);
  });
});

describe('titles and headings', () => {
  it('lowercases a title mid-sentence unless it starts with an acronym', () => {
    expect(titleMidSentence('Data engineer')).toBe('data engineer');
    expect(titleMidSentence('DevOps engineer')).toBe('DevOps engineer');
    expect(titleMidSentence('QA automation engineer')).toBe('QA automation engineer');
    expect(pairTitle(backend, data)).toBe('Backend developer vs. data engineer');
  });
  it('gives every comparison heading a unique id', () => {
    const slugs = comparisonHeadings(backend, data).map((h) => h.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs).toContain('work-backend-developer');
    expect(slugs).toContain('only-data-engineer');
    // The page opens with the key facts, side by side.
    expect(slugs[0]).toBe('key-facts');
  });
});

describe('relatedPaths', () => {
  const qa = { id: 'qa', title: 'QA', order: 5, requiredSkills: ['python', 'docker'], niceToHaveSkills: [] };
  const lead = { id: 'lead', title: 'Lead', order: 12, requiredSkills: ['review'], niceToHaveSkills: [] };
  const all = [backend, data, devops, qa, lead];
  it('lists the closest paths by overlap, then hand-picked ones with their reason', () => {
    const related = relatedPaths(backend, all, [{ path: 'lead', reason: 'The next step up' }, { path: 'qa', reason: 'Already listed' }], 2);
    expect(related.map((r) => [r.path.id, r.percent, r.reason])).toEqual([
      ['data-engineer', 38, undefined],
      ['qa', 33, undefined],
      ['lead', 0, 'The next step up'],
    ]);
  });
  it('fails on an unknown hand-picked path', () => {
    expect(() => relatedPaths(backend, all, [{ path: 'nope', reason: 'x' }])).toThrow(/"nope"/);
  });
});
