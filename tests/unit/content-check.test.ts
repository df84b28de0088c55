/**
 * The content checker against small fixtures: a good tree passes, and each kind of mistake in
 * tests/fixtures/bad is reported once, located, with what was expected and what was found.
 */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { checkContent, formatProblem } from '../../src/lib/content-check.ts';
import { loadContentFiles } from '../../src/lib/content-files.ts';

const fixture = async (name: string) => loadContentFiles(resolve(import.meta.dirname, '../fixtures', name));

describe('checkContent', () => {
  it('passes the good fixture', async () => {
    expect(checkContent(await fixture('good')).map(formatProblem)).toEqual([]);
  });

  it('reports every mistake in the bad fixture in one run', async () => {
    const messages = checkContent(await fixture('bad')).map(formatProblem);
    const expected = [
      // a link to a roadmap step that no longer exists (its id was changed below)
      'content/guides/job-search.mdx:12 (body): expected a link to an existing page (did you mean "/roadmaps/start/"?), found "/roadmaps/start/web/"',
      // missing field
      'content/paths/backend-developer.mdx:2 shortTitle: expected a value of type string, found nothing (the field is missing)',
      // unknown reference, with a suggestion
      'content/paths/backend-developer.mdx:8 requiredSkills[1]: expected an existing skills id (did you mean "fastapi"?), found "fastpai"',
      // broken prose link and broken #anchor
      'content/paths/backend-developer.mdx:32 (body): expected a link to an existing page, found "/skills/haskell/"',
      'content/paths/backend-developer.mdx:34 (body): expected an existing #anchor on /sources/ (did you mean "#bls-ooh"?), found "/sources/#bls-oh"',
      // a #section of another page that has no such heading
      'content/paths/backend-developer.mdx:36 (body): expected an existing #anchor on /guides/job-search/ (did you mean "#where-to-look"?), found "/guides/job-search/#where-to-lok"',
      // a roadmap step's own resource with a tracking parameter
      'content/roadmaps/start.yaml:17 steps[0].resources[0].url: expected a URL without tracking or affiliate parameters (remove utm_campaign), found "https://docs.python.org/3/tutorial/?utm_campaign=fixture"',
      // duplicate step id
      'content/roadmaps/start.yaml:26 steps[1].id: expected an id unique within steps, found "basics", also used by steps[0]',
      // salary minimum above maximum
      'content/salaries/by-path.yaml:15 rows[0].max: expected a max at or above min (185000), found 160000',
      // figure without a source
      'content/salaries/no-source.yaml:1 source: expected a value of type string, found nothing (the field is missing)',
      // YAML that does not parse
      'content/skills/broken.md:4 (yaml): expected valid YAML, found ',
      // value outside an enum
      'content/skills/fastapi.md:4 category: expected one of "language", "tooling", "databases", "web", "testing", "data", "ml", "devops", "security", "professional", found "framework"',
      // learning resources: official docs not first, http, no costNote for free-with-account,
      // tracking and referral parameters, a duplicate link (trailing slash aside)
      'content/skills/pytest.md:9 resources[0].kind: expected official docs first (resources[5] is official docs), found "tutorial"',
      'content/skills/pytest.md:15 resources[1].url: expected an https:// URL (not http or another scheme), found "http://docs.pytest.org/',
      'content/skills/pytest.md:21 resources[2].costNote: expected a costNote saying what the account unlocks or what costs money (cost is free-with-account), found nothing',
      'content/skills/pytest.md:29 resources[3].url: expected a URL without tracking or affiliate parameters (remove utm_source), found',
      'content/skills/pytest.md:36 resources[4].url: expected a URL without tracking or affiliate parameters (remove ref), found "https://exercism.org/tracks/python?ref=friend"',
      'content/skills/pytest.md:50 resources[6].url: expected a link not already in the list (resources[5] has it), found "https://docs.pytest.org"',
      // self-check questions: a repeated id, a question without a question mark
      'content/skills/pytest.md:60 questions[1].id: expected a question id unique within the skill (questions[0] has it), found "why-fixtures"',
      'content/skills/pytest.md:64 questions[2].question: expected a question ending with "?", found "Explain what a marker is"',
      // too few resources and questions
      'content/skills/sql.md:7 resources: expected at least 3 items, found 2 items',
      'content/skills/sql.md:22 questions: expected at least 3 items, found 2 items',
      // duplicate source id
      'content/sources.yaml:9 id: expected an id not used by another sources entry, found "bls-ooh", also used in content/sources.yaml:1',
    ];
    for (const e of expected) {
      expect(messages.some((m) => m.startsWith(e)), `missing: ${e}\n got:\n${messages.join('\n')}`).toBe(true);
    }
    expect(messages.length).toBe(expected.length);
  });
});
