/** Learning resources and self-check questions: link rules, list rules, step picks, practice order. */
import { describe, expect, it } from 'vitest';
import { comparableUrl, linkProblem, trackingParams } from '../../src/lib/resource-links.ts';
import {
  checkedBy, practiceAnchor, practiceSkillOrder, questionAnchor, resourcesForStep,
} from '../../src/lib/learning.ts';
import { pageHeadings } from '../../src/lib/page-sections.ts';
import { skillSchema } from '../../src/schemas/skills.ts';
import type { Resource } from '../../src/schemas/learning.ts';

const r = (url: string, kind: Resource['kind'], level: Resource['level'], extra: Partial<Resource> = {}): Resource => ({
  title: url, url, kind, level, cost: 'free', goodFor: 'A resource used by the unit tests, long enough.', checked: new Date('2026-12-02'), ...extra,
});
const q = (id: string) => ({ id, question: `What about ${id}?`, answer: 'A model answer long enough to pass the schema.' });

describe('linkProblem', () => {
  it('accepts a plain https URL, with an ordinary query', () => {
    expect(linkProblem('https://docs.python.org/3/tutorial/')).toBeUndefined();
    expect(linkProblem('https://docs.python.org/3/search.html?q=dict')).toBeUndefined();
  });
  it.each([
    ['http://docs.python.org/3/', /https/],
    ['ftp://example.org/book', /https/],
    ['docs.python.org/3/', /absolute https/],
    ['https://user:pw@example.org/', /user name/],
    ['https://bit.ly/abc', /shortener/],
    ['https://example.org/?utm_source=x&utm_medium=y', /remove utm_source, utm_medium/],
    ['https://example.org/?ref=me', /remove ref/],
    ['https://example.org/course?aff=123', /remove aff/],
    ['https://www.amazon.com/dp/1593279922?tag=someone-20', /remove tag/],
    ['https://example.org/?fbclid=abc', /remove fbclid/],
    ['https://example.org/?UTM_Campaign=x', /remove UTM_Campaign/],
  ])('rejects %s', (url, message) => {
    expect(linkProblem(url)).toMatch(message);
  });
  it('names only the tracking parameters', () => {
    expect(trackingParams(new URL('https://e.org/?page=2&utm_term=a&gclid=b'))).toEqual(['utm_term', 'gclid']);
  });
});

describe('comparableUrl', () => {
  it('treats www, a trailing slash and a fragment as the same page', () => {
    expect(comparableUrl('https://www.Example.org/docs/#intro')).toBe(comparableUrl('https://example.org/docs'));
    expect(comparableUrl('https://example.org/a')).not.toBe(comparableUrl('https://example.org/b'));
  });
});

describe('skill schema: resources and questions', () => {
  const base = { title: 'X', summary: 'A skill used by the unit tests, long enough to pass the summary rule.', category: 'web', updated: '2026-12-02' };
  const docs = r('https://docs.example.org/', 'official-docs', 'beginner');
  const three = [docs, r('https://a.example.org/', 'tutorial', 'beginner'), r('https://b.example.org/', 'book', 'advanced')];
  const parse = (resources: unknown[], questions: unknown[]) => skillSchema().safeParse({ ...base, resources, questions });
  const messages = (resources: unknown[], questions: unknown[]) => {
    const result = parse(resources, questions);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accepts 3 resources and 3 questions', () => {
    expect(messages(three, [q('a'), q('b'), q('c')])).toEqual([]);
  });
  it('rejects more than 8 resources and more than 6 questions', () => {
    const nine = Array.from({ length: 9 }, (_, i) => r(`https://e${i}.example.org/`, 'tutorial', 'beginner'));
    const seven = Array.from({ length: 7 }, (_, i) => q(`q${i}`));
    const result = parse(nine, seven);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.code])).toEqual(expect.arrayContaining([['resources', 'too_big'], ['questions', 'too_big']]));
  });
  it('rejects a misspelled field in a resource or a question', () => {
    const result = parse([{ ...three[0], cots: 'free' }, three[1], three[2]], [{ ...q('a'), anwser: 'x' }, q('b'), q('c')]);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.code])).toEqual([['resources.0', 'unrecognized_keys'], ['questions.0', 'unrecognized_keys']]);
  });
  it('rejects a missing list', () => {
    expect(skillSchema().safeParse(base).success).toBe(false);
  });
  it('needs a costNote for free-with-account, not for free', () => {
    const course = r('https://c.example.org/', 'course', 'beginner', { cost: 'free-with-account' });
    expect(messages([...three, course], [q('a'), q('b'), q('c')])).toEqual([expect.stringMatching(/^resources\.3\.costNote: a costNote/)]);
    expect(messages([...three, { ...course, costNote: 'Free to audit; the certificate is paid.' }], [q('a'), q('b'), q('c')])).toEqual([]);
  });
  it('puts official docs first, but allows a skill without any', () => {
    expect(messages([three[1], docs, three[2]], [q('a'), q('b'), q('c')])).toEqual([expect.stringMatching(/^resources\.0\.kind: official docs first \(resources\[1\]/)]);
    expect(messages([docs, three[1], r('https://c.example.org/', 'official-docs', 'advanced')], [q('a'), q('b'), q('c')])).toEqual([]);
    expect(messages([three[1], three[2], r('https://c.example.org/', 'video', 'beginner')], [q('a'), q('b'), q('c')])).toEqual([]);
  });
  it('rejects a duplicate link and a duplicate question id', () => {
    expect(messages([...three, r('https://www.docs.example.org', 'tutorial', 'beginner')], [q('a'), q('b'), q('a')])).toEqual([
      expect.stringMatching(/^resources\.3\.url: a link not already in the list \(resources\[0\]/),
      expect.stringMatching(/^questions\.2\.id: a question id unique within the skill \(questions\[0\]/),
    ]);
  });
  it('rejects a question without a question mark and a goodFor over 160 characters', () => {
    const long = { ...three[2], goodFor: 'x'.repeat(161) };
    expect(messages([three[0], three[1], long], [q('a'), q('b'), { ...q('c'), question: 'Explain c' }])).toEqual([
      expect.stringMatching(/^resources\.2\.goodFor:/),
      expect.stringMatching(/^questions\.2\.question: a question ending with "\?"/),
    ]);
  });
});

describe('resourcesForStep', () => {
  const skillResources = new Map<string, Resource[]>([
    ['git', [r('https://git-scm.com/doc', 'official-docs', 'beginner'), r('https://g1.example.org/', 'tutorial', 'beginner'), r('https://g2.example.org/', 'book', 'intermediate'), r('https://g3.example.org/', 'book', 'advanced'), r('https://g4.example.org/', 'video', 'advanced')]],
    ['sql', [r('https://s1.example.org/', 'tutorial', 'advanced'), r('https://s2.example.org/', 'practice', 'advanced'), r('https://s3.example.org/', 'book', 'advanced')]],
    ['pytest', [r('https://docs.pytest.org/', 'official-docs', 'intermediate'), r('https://git-scm.com/doc/', 'tutorial', 'beginner'), r('https://p2.example.org/', 'tutorial', 'beginner')]],
  ]);
  const steps = [
    { id: 'basics', skills: ['git'] },
    { id: 'data', skills: ['sql', 'pytest'] },
    { id: 'deeper', skills: ['git'] },
    { id: 'career', skills: [] },
  ];
  const urls = (stepId: string, own: Resource[] = []) => resourcesForStep(steps, stepId, own, skillResources).map((x) => x.resource.url);

  it('takes the docs and beginner-to-intermediate picks where the roadmap first teaches a skill', () => {
    expect(urls('basics')).toEqual(['https://git-scm.com/doc', 'https://g1.example.org/', 'https://g2.example.org/']);
  });
  it('takes the docs and intermediate-to-advanced picks where a later step comes back to it', () => {
    expect(urls('deeper')).toEqual(['https://git-scm.com/doc', 'https://g2.example.org/', 'https://g3.example.org/']);
  });
  it('fills up to two per skill when too few fit, and never repeats a link', () => {
    // sql has only advanced resources, so two fill in; git's docs belong to another step, so pytest's copy stays.
    expect(urls('data')).toEqual(['https://s1.example.org/', 'https://s2.example.org/', 'https://docs.pytest.org/', 'https://git-scm.com/doc/', 'https://p2.example.org/']);
    const own = [r('https://s1.example.org', 'tutorial', 'beginner')];
    const picked = resourcesForStep(steps, 'data', own, skillResources);
    expect(picked[0]).toEqual({ resource: own[0], skillId: undefined });
    expect(picked.filter((x) => x.resource.url.startsWith('https://s1.')).length).toBe(1);
    expect(picked.filter((x) => x.skillId === 'sql').length).toBe(2);
  });
  it("shows a step's own resources, and nothing else when it has no skills", () => {
    const own = [r('https://www.bls.gov/ooh/', 'official-docs', 'beginner'), r('https://www.python.org/jobs/', 'tool', 'beginner')];
    expect(urls('career')).toEqual([]);
    expect(urls('career', own)).toEqual(['https://www.bls.gov/ooh/', 'https://www.python.org/jobs/']);
  });
  it('fails loudly for an unknown step', () => {
    expect(() => urls('nope')).toThrow(/No step "nope"/);
  });
});

describe('practiceSkillOrder', () => {
  it('orders required skills as the roadmap first teaches them, then the rest in path order', () => {
    const steps = [{ skills: ['git', 'functions'] }, { skills: ['sql', 'git'] }, { skills: ['docker'] }];
    expect(practiceSkillOrder(['docker', 'sql', 'system-design', 'git', 'communication'], steps)).toEqual(['git', 'sql', 'docker', 'system-design', 'communication']);
    expect(practiceSkillOrder(['sql'], [])).toEqual(['sql']);
  });
});

describe('skill page sections and anchors', () => {
  it('adds the template sections after the body, in page order', () => {
    expect(pageHeadings('skill', [{ depth: 2, slug: 'what-it-is', text: 'What it is' }]).map((h) => h.slug)).toEqual(['what-it-is', 'resources', 'check-yourself', 'which-paths-need-it', 'when-to-learn']);
  });
  it('gives each question an anchor that cannot collide with a section or another skill', () => {
    expect(questionAnchor('why-use-with')).toBe('check-why-use-with');
    expect(practiceAnchor('sql', 'joins')).toBe('sql--joins');
    expect(practiceAnchor('a-b', 'c')).not.toBe(practiceAnchor('a', 'b-c'));
  });
  it('dates a list by its oldest check', () => {
    expect(checkedBy([{ checked: new Date('2026-12-02') }, { checked: new Date('2026-11-20') }])?.toISOString().slice(0, 10)).toBe('2026-11-20');
    expect(checkedBy([])).toBeUndefined();
  });
});
