/**
 * The content checker against small fixtures: a good tree passes, and each kind of mistake in
 * tests/fixtures/bad is reported once, located, with what was expected and what was found.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { checkContent, formatProblem, markdownLinks, type ContentFile } from '../../src/lib/content-check.ts';
import { loadContentFiles } from '../../src/lib/content-files.ts';
import { parseIsoDay } from '../../src/schemas/common.ts';

const fixture = async (name: string) => loadContentFiles(resolve(import.meta.dirname, '../fixtures', name));

/** Every mistake planted in tests/fixtures/bad, as the checker must report it (in file and line order). */
const BAD_FIXTURE_MESSAGES = [
  // dates that do not exist, are a bare year, or are not written YYYY-MM-DD
  'content/faqs/do-i-need-a-degree.md:7 updated: expected a real date written YYYY-MM-DD, such as 2026-11-22, found "2026-11-31"',
  // a raw HTML <a href> to a page that does not exist
  'content/faqs/do-i-need-a-degree.md:9 (body): expected a link to an existing page (did you mean "/paths/backend-developer/"?), found "/paths/backend-developr/"',
  // one bad indent: one message, at the indented line (and the path linking to this guide is not blamed)
  'content/guides/interviews.md:4 (yaml): expected valid YAML: a field indented like the one above it, found a line indented further than the field above it',
  'content/guides/job-search.mdx:7 updated: expected a real date written YYYY-MM-DD, such as 2026-11-22, found 2026',
  // a link to a roadmap step that no longer exists (its id was changed below)
  'content/guides/job-search.mdx:12 (body): expected a link to an existing page (did you mean "/roadmaps/start/"?), found "/roadmaps/start/web/"',
  // missing field
  'content/paths/backend-developer.mdx:2 shortTitle: expected a value of type string, found nothing (the field is missing)',
  // unknown reference, with a suggestion
  'content/paths/backend-developer.mdx:8 requiredSkills[1]: expected an existing skills id (did you mean "fastapi"?), found "fastpai"',
  // a misspelled optional field is an error, not silently dropped
  'content/paths/backend-developer.mdx:24 salaryNotes: expected a field this schema defines (did you mean "salaryNote"?), found the unknown field "salaryNotes"',
  // broken prose link and broken #anchor
  'content/paths/backend-developer.mdx:33 (body): expected a link to an existing page, found "/skills/haskell/"',
  'content/paths/backend-developer.mdx:35 (body): expected an existing #anchor on /sources/ (did you mean "#bls-ooh"?), found "/sources/#bls-oh"',
  // a #section of another page that has no such heading
  'content/paths/backend-developer.mdx:37 (body): expected an existing #anchor on /guides/job-search/ (did you mean "#where-to-look"?), found "/guides/job-search/#where-to-lok"',
  // a reference-style link: reported where its target is written
  'content/paths/backend-developer.mdx:43 (body): expected a link to an existing page, found "/skills/djnago/"',
  // Markdown in a rendered YAML field (a block scalar: the line inside it)
  'content/roadmaps/start.yaml:9 intro: expected a link to an existing page (did you mean "/paths/backend-developer/"?), found "/paths/frontend-developer/"',
  // a roadmap step's own resource with a tracking parameter
  'content/roadmaps/start.yaml:20 steps[0].resources[0].url: expected a URL without tracking or affiliate parameters (remove utm_campaign), found "https://docs.python.org/3/tutorial/?utm_campaign=fixture"',
  // a relative link in a step's details, resolved against the step page
  'content/roadmaps/start.yaml:29 steps[0].details: expected an existing #anchor on /paths/backend-developer/ (did you mean "#fits-if"?), found "../../../paths/backend-developer/#fits-iff", which resolves to /paths/backend-developer/#fits-iff',
  // duplicate step id
  'content/roadmaps/start.yaml:30 steps[1].id: expected an id unique within steps, found "basics", also used by steps[0]',
  // an unknown field inside a list item
  'content/roadmaps/start.yaml:38 steps[1].detials: expected a field this schema defines (did you mean "details"?), found the unknown field "detials"',
  // salary minimum above maximum
  'content/salaries/by-path.yaml:15 rows[0].max: expected a max at or above min (185000), found 160000',
  // figure without a source
  'content/salaries/no-source.yaml:1 source: expected a value of type string, found nothing (the field is missing)',
  // YAML that does not parse (the path that lists this skill is not blamed)
  'content/skills/broken.md:4 (yaml): expected valid YAML, found Flow sequence in block collection must be sufficiently indented and end with a ]',
  // value outside an enum
  'content/skills/fastapi.md:4 category: expected one of "language", "tooling", "databases", "web", "testing", "data", "ml", "devops", "security", "professional", found "framework"',
  // learning resources: official docs not first, http, no costNote for free-with-account,
  // tracking and referral parameters, a duplicate link (trailing slash aside)
  'content/skills/pytest.md:9 resources[0].kind: expected official docs first (resources[5] is official docs), found "tutorial"',
  'content/skills/pytest.md:15 resources[1].url: expected an https:// URL (not http or another scheme), found "http://docs.pytest.org/en/stable/getting-started.html"',
  'content/skills/pytest.md:21 resources[2].costNote: expected a costNote saying what the account unlocks or what costs money (cost is free-with-account), found nothing',
  'content/skills/pytest.md:29 resources[3].url: expected a URL without tracking or affiliate parameters (remove utm_source), found "https://realpython.com/pytest-python-testing/?utm_source...',
  'content/skills/pytest.md:36 resources[4].url: expected a URL without tracking or affiliate parameters (remove ref), found "https://exercism.org/tracks/python?ref=friend"',
  'content/skills/pytest.md:50 resources[6].url: expected a link not already in the list (resources[5] has it), found "https://docs.pytest.org"',
  // self-check questions: a repeated id, a question without a question mark
  'content/skills/pytest.md:60 questions[1].id: expected a question id unique within the skill (questions[0] has it), found "why-fixtures"',
  'content/skills/pytest.md:64 questions[2].question: expected a question ending with "?", found "Explain what a marker is"',
  // a date not written YYYY-MM-DD
  'content/skills/pytest.md:66 updated: expected a real date written YYYY-MM-DD, such as 2026-11-22, found "22 Nov 2026"',
  // too few resources and questions
  'content/skills/sql.md:7 resources: expected at least 3 items, found 2 items',
  'content/skills/sql.md:22 questions: expected at least 3 items, found 2 items',
  // a relative link, resolved against the page it is on
  'content/skills/sql.md:33 (body): expected a link to an existing page (did you mean "/skills/pytest/"?), found "../pytset/", which resolves to /skills/pytset/',
  // a misspelled field in sources.yaml
  'content/sources.yaml:3 publsher: expected a field this schema defines (did you mean "publisher"?), found the unknown field "publsher"',
  // duplicate source id
  'content/sources.yaml:9 id: expected an id not used by another sources entry, found "bls-ooh", also used in content/sources.yaml:1',
];

describe('checkContent', () => {
  it('passes the good fixture (which uses every link syntax correctly)', async () => {
    expect(checkContent(await fixture('good')).map(formatProblem)).toEqual([]);
  });

  it('reports every mistake in the bad fixture in one run, each once', async () => {
    expect(checkContent(await fixture('bad')).map(formatProblem)).toEqual(BAD_FIXTURE_MESSAGES);
  });

  it('blames nothing else when sources.yaml, which every file cites, does not parse', async () => {
    const good = await fixture('good');
    const files: ContentFile[] = good.map((f) => f.file === 'content/sources.yaml' ? { ...f, text: `${f.text}\n- id: [oops\n` } : f);
    const messages = checkContent(files).map(formatProblem);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^content\/sources\.yaml:\d+ \(yaml\): expected valid YAML, found /);
  });

  it('blames no link to the steps of a roadmap whose YAML does not parse', async () => {
    const good = await fixture('good');
    const files: ContentFile[] = good.map((f) => f.file === 'content/roadmaps/start.yaml' ? { ...f, text: f.text.replace('steps:', 'steps: [') } : f);
    files.push({ file: 'content/faqs/steps.md', text: '---\nquestion: Where do I start?\nshort: At the first step of the start roadmap, which covers the basics.\ntopic: learning\norder: 2\nupdated: 2026-11-22\n---\nSee [the basics](/roadmaps/start/basics/).\n' });
    expect(checkContent(files).map(formatProblem)).toEqual([expect.stringMatching(/^content\/roadmaps\/start\.yaml:\d+ \(yaml\)/)]);
  });

  it('knows the #sections of roadmap, salaries, compare and tool pages from their templates and data', async () => {
    const links = [
      '/roadmaps/start/#time-to-a-first-job', '/roadmaps/start/#step-web', '/roadmaps/start/#map-basics', '/roadmaps/start/basics/#ready-when',
      '/salaries/#outside-the-us', '/salaries/#by-path', '/salaries/#backend-developer-pay', '/compare/#with-backend-developer',
      '/tools/skill-match/#match-backend-developer', '/tools/job-ad-decoder/#how-it-reads', '/faq/#topic-learning',
      // and not what they lack
      '/roadmaps/start/#step-webb', '/roadmaps/start/basics/#overview', '/salaries/#by-paths', '/compare/#with-frontend-developer', '/tools/skill-match/#your-matches',
    ];
    const files = [...await fixture('good'), { file: 'content/faqs/anchors.md', text: `---\nquestion: Where is each section?\nshort: On the pages that the links below point to, one section each.\ntopic: learning\norder: 3\nupdated: 2026-11-22\n---\n${links.map((l) => `[x](${l})`).join('\n')}\n` }];
    expect(checkContent(files).map((p) => p.found)).toEqual(links.slice(-5).map((l) => `"${l}"`));
  });

  it('keeps messages short when a field holds a huge or deeply nested value', async () => {
    const good = await fixture('good');
    const deep = `${'{a: '.repeat(200)}x${'}'.repeat(200)}`;
    const files = good.map((f) => f.file.endsWith('skills/sql.md') ? { ...f, text: f.text.replace('title: Skill sql', `title: ${deep}`) } : f);
    const messages = checkContent(files).map(formatProblem);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.length).toBeLessThan(200);
  });
});

describe('dates', () => {
  it('accepts only YYYY-MM-DD days that exist', () => {
    expect(parseIsoDay('2026-11-22')?.toISOString()).toBe('2026-11-22T00:00:00.000Z');
    expect(parseIsoDay('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
    for (const bad of ['2026', '2026-11-31', '2026-02-29', '2026-13-01', '22 Nov 2026', '2026-1-5', '2026-11-22T10:00:00Z']) expect(parseIsoDay(bad), bad).toBeUndefined();
  });
});

describe('markdownLinks', () => {
  it('finds inline, reference-style, autolink and HTML links, but not code', () => {
    const md = 'An [inline](/a/) and a [ref][r], <https://example.com/>, <a href="/b/?x=1&amp;y=2">b</a> and `[code](/c/)`.\n\n```\n[fenced](/d/)\n```\n\n[r]: ../e/\n';
    expect(markdownLinks(md)).toEqual(['/a/', '../e/', 'https://example.com/', '/b/?x=1&y=2']);
  });
});
