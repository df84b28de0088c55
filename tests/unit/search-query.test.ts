import { describe, expect, it } from 'vitest';
import { isComparisonQuery, queryWords, unmatchedTerms } from '../../src/lib/search-query.ts';
import { relaxations, wordsToCount } from '../../src/lib/search-relax.ts';

const queries = (q: string, counts: Record<string, number> = {}) => relaxations(q, new Map(Object.entries(counts))).map((r) => r.query);

describe('queryWords', () => {
  it('lower-cases and splits on punctuation, keeping c++, c# and dotted names', () => {
    expect(queryWords('  Do programmers, need a DEGREE? ')).toEqual(['do', 'programmers', 'need', 'a', 'degree']);
    expect(queryWords('c++ vs c# (asyncio.gather)')).toEqual(['c++', 'vs', 'c#', 'asyncio.gather']);
  });
});

describe('isComparisonQuery', () => {
  it('knows "a vs b", "versus", "compare" and "a or b"', () => {
    expect(isComparisonQuery('data engineer vs data scientist')).toBe(true);
    expect(isComparisonQuery('django versus flask')).toBe(true);
    expect(isComparisonQuery('backend or frontend')).toBe(true);
    expect(isComparisonQuery('data engineer')).toBe(false);
    expect(isComparisonQuery('or')).toBe(false);
  });
});

describe('relaxations', () => {
  it('swaps a word the guide never uses for the first synonym it does use, keeping the plural', () => {
    const out = queries('do programmers need a degree', { programmers: 0, developers: 12, engineers: 30 });
    expect(out[0]).toBe('do developers need a degree');
  });
  it('tries the common synonyms named in the issue: pay/salary/earn and job/role/position', () => {
    expect(queries('how much do juniors earn', { earn: 0, salary: 40, pay: 20 })).toContain('how much do juniors salary');
    expect(queries('first position', { position: 0, job: 9, role: 30 })[0]).toBe('first job');
    expect(queries('first position', { position: 0, job: 0, role: 30 })[0]).toBe('first role');
  });
  it('swaps a rare word for a much commoner synonym', () => {
    expect(queries('do programmers need a degree', { programmers: 4, developers: 120, do: 100, need: 90, a: 300, degree: 12 })[0]).toBe('do developers need a degree');
  });
  it('then drops words the guide never uses, then stop words, then the rarest word', () => {
    const out = queries('do zorblax need a degree', { do: 50, zorblax: 0, need: 40, a: 90, degree: 3 });
    expect(out).toEqual(['do need a degree', 'degree']);
  });
  it('drops the rarest word first, down to one word', () => {
    expect(queries('python salary texas', { python: 200, salary: 40, texas: 2 })).toEqual(['python salary', 'python']);
  });
  it('never repeats the original query or offers an empty one', () => {
    expect(queries('python', { python: 0 })).toEqual([]);
    expect(queries('the a of', {})).toEqual([]);
    const out = queries('job salary', {});
    expect(out).not.toContain('job salary');
    expect(new Set(out).size).toBe(out.length);
  });
  it('counts a query word and its synonyms', () => {
    expect(wordsToCount('programmers pay')).toEqual(expect.arrayContaining(['programmers', 'developers', 'pay', 'salary', 'earn']));
  });
});

describe('unmatchedTerms', () => {
  it('accepts exact, prefix, plural and small-typo matches', () => {
    expect(unmatchedTerms(['sql', 'developers', 'kubernets', 'ci', 'salaries'], ['SQLAlchemy,', 'developer?', 'Kubernetes.', 'CI/CD', 'salary'])).toEqual([]);
  });
  it('rejects the loose matches typo tolerance makes for nonsense', () => {
    expect(unmatchedTerms(['asdf', 'qwerty', 'zorblax'], ['as', 'Q', 'zone'])).toEqual(['asdf', 'qwerty', 'zorblax']);
  });
});
