import { describe, expect, it } from 'vitest';
import { searchSuggestions } from '../../src/lib/search-suggestions.ts';

const paths = [
  { id: 'backend-developer', title: 'Backend developer', requiredSkills: ['sql', 'django', 'git'], niceToHaveSkills: ['docker'] },
  { id: 'data-engineer', title: 'Data engineer', requiredSkills: ['sql', 'git', 'spark'], niceToHaveSkills: [] },
  { id: 'data-analyst', title: 'Data analyst', requiredSkills: ['sql', 'pandas'], niceToHaveSkills: ['git'] },
];
const titles = new Map([['sql', 'SQL'], ['django', 'Django'], ['git', 'Git'], ['spark', 'Spark'], ['pandas', 'pandas'], ['docker', 'Docker']]);

describe('searchSuggestions', () => {
  it('offers the first paths, the skills most paths require, and the FAQ', () => {
    const s = searchSuggestions(paths, titles, { paths: 2, skills: 3 });
    expect(s.paths).toEqual([{ href: '/paths/backend-developer/', label: 'Backend developer' }, { href: '/paths/data-engineer/', label: 'Data engineer' }]);
    // SQL is required by three paths, Git by two; then ties are alphabetical.
    expect(s.skills.map((k) => k.label)).toEqual(['SQL', 'Git', 'Django']);
    expect(s.more).toContainEqual({ href: '/faq/', label: 'Frequently asked questions' });
  });
  it('never suggests a nice-to-have-only skill or a skill without a page', () => {
    const s = searchSuggestions(paths, new Map([['sql', 'SQL'], ['docker', 'Docker']]), { paths: 3, skills: 10 });
    expect(s.skills).toEqual([{ href: '/skills/sql/', label: 'SQL' }]);
  });
});
