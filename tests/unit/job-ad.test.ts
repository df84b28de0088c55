import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import {
  AMBIGUOUS_TERMS, FALSE_FRIENDS, buildPhraseIndex, decodeAd, extractSkills, groupFoundSkills, rankPathsForAd, stripTags, titlePhrases, tokenize,
  type PhraseIndex, type SkillTerms,
} from '../../src/lib/job-ad.ts';
import type { PathSkillLists } from '../../src/lib/skill-graph.ts';
import { loadContentFiles } from '../../src/lib/content-files.ts';
import { parseContentFiles } from '../../src/lib/content-check.ts';

const skills: SkillTerms[] = [
  { id: 'sql', title: 'SQL and relational databases', aliases: ['sql', 'postgres', 'postgresql', 'mysql'] },
  { id: 'java', title: 'Java', aliases: [] },
  { id: 'web', title: 'HTML, CSS and JavaScript', aliases: ['javascript', 'js', 'css'] },
  { id: 'r', title: 'R', aliases: [] },
  { id: 'go', title: 'Go', aliases: ['golang'] },
  { id: 'ml', title: 'scikit-learn', aliases: ['sklearn', 'machine learning'] },
  { id: 'cicd', title: 'CI/CD', aliases: ['continuous integration', 'github actions'] },
  { id: 'git', title: 'Git and GitHub', aliases: ['git', 'github', 'github actions'] },
  { id: 'kubernetes', title: 'Kubernetes', aliases: ['k8s', 'kind'] },
  { id: 'cloud', title: 'Cloud platforms (AWS, GCP, Azure)', aliases: [] },
  { id: 'queues', title: 'Message queues and microservices', aliases: ['message queue', 'microservices'] },
  { id: 'fastapi', title: 'FastAPI', aliases: ['fastapi', 'fast api'] },
  { id: 'dunder', title: 'Context managers (the with statement)', aliases: ['__enter__'] },
];
const index = buildPhraseIndex(skills);
const ids = (text: string, idx: PhraseIndex = index) => extractSkills(text, idx).skills.map((s) => s.id);

describe('tokenize', () => {
  it('lowercases and splits on everything but letters, digits and underscores', () => {
    expect(tokenize('CI/CD, Node.js & K8S!')).toEqual(['ci', 'cd', 'node', 'js', 'k8s']);
    expect(tokenize('__enter__ façade Ｐｙｔｈｏｎ')).toEqual(['__enter__', 'façade', 'python']);
    expect(tokenize('🚀 ... !!! ---')).toEqual([]);
  });
});

describe('titlePhrases', () => {
  it('offers the title without brackets and each bracketed item', () => {
    expect(titlePhrases('Cloud platforms (AWS, GCP, Azure)')).toEqual(['Cloud platforms', 'AWS', 'GCP', 'Azure']);
    expect(titlePhrases('ORMs (SQLAlchemy and Django ORM)')).toEqual(['ORMs', 'SQLAlchemy', 'Django ORM']);
    expect(titlePhrases('The GIL and concurrency')).toEqual(['GIL and concurrency']);
    expect(titlePhrases('Context managers (the with statement)')).toEqual(['Context managers', 'with statement']);
  });
});

describe('extractSkills', () => {
  it('finds aliases whatever their case and punctuation', () => {
    expect(ids('We use POSTGRES, FastAPI; k8s.')).toEqual(['sql', 'fastapi', 'kubernetes']);
    expect(ids('(postgresql) [K8S] "fast-api"')).toEqual(['sql', 'kubernetes', 'fastapi']);
  });
  it('finds title words, bracketed items and plain plurals', () => {
    expect(ids('Deploys to AWS or gcp; kubernetes; scikit-learn')).toEqual(['cloud', 'kubernetes', 'ml']);
    expect(ids('Experience with message queues and cloud platforms')).toEqual(['queues', 'cloud']);
  });
  it('never matches inside a longer word', () => {
    expect(ids('JavaScript developer')).toEqual(['web']);
    expect(ids('Java and JavaScript')).toEqual(['java', 'web']);
    expect(ids('Rust, Rails, React and RabbitMQ')).toEqual([]);
    expect(ids('Google is going for good governance')).toEqual([]);
    expect(ids('nosql, mssql, sqlalchemy, postgresqlish')).toEqual([]);
    expect(ids('gitlab, legit, digital')).toEqual([]);
  });
  it('matches a short name standing alone', () => {
    expect(ids('Experience with R or Go.')).toEqual(['r', 'go']);
    expect(ids('Go, R, golang')).toEqual(['go', 'r']);
  });
  it('matches mysql only because it is an alias of the same skill', () => {
    const found = extractSkills('MySQL', index).skills;
    expect(found).toEqual([{ id: 'sql', terms: ['mysql'], count: 1 }]);
  });
  it('matches multi-word phrases across punctuation and line breaks, longest first', () => {
    expect(ids('Machine-Learning experience')).toEqual(['ml']);
    expect(ids('machine\nlearning')).toEqual(['ml']);
    expect(ids('CI/CD pipelines')).toEqual(['cicd']);
    expect(ids('ci cd')).toEqual(['cicd']);
    // "github actions" names two skills; the longer phrase wins over "github" alone.
    const found = extractSkills('GitHub Actions', index).skills;
    expect(found).toEqual([{ id: 'cicd', terms: ['github actions'], count: 1 }, { id: 'git', terms: ['github actions'], count: 1 }]);
    expect(ids('machine vision; learning')).toEqual([]);
  });
  it('counts mentions and remembers the words used, in order of first mention', () => {
    const found = extractSkills('Postgres first. Then k8s. Then PostgreSQL and postgres again.', index).skills;
    expect(found).toEqual([
      { id: 'sql', terms: ['postgres', 'postgresql'], count: 3 },
      { id: 'kubernetes', terms: ['k8s'], count: 1 },
    ]);
  });
  it('ignores aliases that are everyday words, unless they are part of a longer phrase', () => {
    expect(AMBIGUOUS_TERMS.has('kind')).toBe(true);
    expect(ids('Any kind of experience is welcome')).toEqual([]);
    const custom = buildPhraseIndex([{ id: 'x', title: 'X tool', aliases: ['scope', 'scope rules'] }]);
    expect(ids('the scope of the role', custom)).toEqual([]);
    expect(ids('Python scope rules', custom)).toEqual(['x']);
  });
  it('skips a false friend when the words around it show the ad means something else', () => {
    const custom = buildPhraseIndex([
      { id: 'functions', title: 'Python functions', aliases: ['lambda'] },
      { id: 'cloud', title: 'Cloud platforms (AWS, GCP, Azure)', aliases: ['aws lambda', 'serverless'] },
      { id: 'spark', title: 'Apache Spark', aliases: ['spark', 'pyspark'] },
    ]);
    // Beside another AWS service, or anywhere in an ad about AWS, "Lambda" is AWS Lambda.
    expect(ids('AWS (EC2, Lambda, S3)', custom)).toEqual(['cloud']);
    expect(ids('Lambda functions deployed on AWS', custom)).toEqual(['cloud']);
    expect(ids('Serverless: Lambda, API Gateway', custom)).toEqual(['cloud']);
    expect(ids('Python basics: comprehensions, lambda, closures', custom)).toEqual(['functions']);
    // "spark" as a verb is not Apache Spark.
    expect(ids('Work that will spark joy and ideas that spark curiosity', custom)).toEqual([]);
    expect(ids('Python and Spark (PySpark) at scale', custom)).toEqual(['spark']);
    // A custom table replaces the site's.
    expect(ids('AWS Lambda and lambda', buildPhraseIndex([{ id: 'functions', title: 'Python functions', aliases: ['lambda'] }], AMBIGUOUS_TERMS, new Map()))).toEqual(['functions']);
    expect(FALSE_FRIENDS.get('lambda')?.anywhere).toContain('aws');
  });
  it('keeps underscores, so a dunder name does not match the plain word', () => {
    expect(ids('press enter to continue')).toEqual([]);
    expect(ids('implement __enter__ and __exit__')).toEqual(['dunder']);
  });
  // How fast this runs is measured by `npm run bench` (the job-ad decoder rows), not asserted here.
  it('reads 100 KB correctly', () => {
    const paragraph = 'We build APIs with FastAPI and Postgres, ship them with GitHub Actions to Kubernetes (k8s) on AWS, and love JavaScript. ';
    const text = paragraph.repeat(Math.ceil(100_000 / paragraph.length));
    expect(text.length).toBeGreaterThanOrEqual(100_000);
    const result = extractSkills(text, index);
    const times = Math.ceil(100_000 / paragraph.length);
    expect(result.skills.map((s) => [s.id, s.count])).toEqual([
      ['fastapi', times], ['sql', times], ['cicd', times], ['git', times], ['kubernetes', 2 * times], ['cloud', times], ['web', times],
    ]);
  });
  it('reads hostile input to the end: one giant word, endless near-phrases, endless tags, emoji', () => {
    const outcome = (text: string) => { const r = decodeAd(text, index, []); return [r.status, r.words, r.skills.length]; };
    expect(outcome('a'.repeat(200_000))).toEqual(['no-skills', 1, 0]);
    expect(outcome('machine '.repeat(25_000))).toEqual(['no-skills', 25_000, 0]);
    expect(outcome('<a'.repeat(100_000))).toEqual(['no-skills', 100_000, 0]);
    expect(outcome('<<<>>>'.repeat(30_000))).toEqual(['no-words', 0, 0]);
    expect(outcome('🚀'.repeat(50_000))).toEqual(['no-words', 0, 0]);
  });
});

describe('stripTags', () => {
  it('turns tags into spaces and leaves comparisons alone', () => {
    expect(stripTags('<ul><li>Django</li><li>k8s</li></ul>')).toEqual({ text: '  Django  k8s  ', removed: true });
    expect(stripTags('a < b and c > d')).toEqual({ text: 'a < b and c > d', removed: false });
  });
});

const paths: PathSkillLists[] = [
  { id: 'backend', title: 'Backend developer', requiredSkills: ['sql', 'fastapi', 'git'], niceToHaveSkills: ['kubernetes', 'cloud'] },
  { id: 'frontend', title: 'Full-stack developer', requiredSkills: ['web', 'git'], niceToHaveSkills: [] },
  { id: 'ops', title: 'DevOps engineer', requiredSkills: ['kubernetes', 'cloud', 'cicd', 'git'], niceToHaveSkills: ['go'] },
];

describe('rankPathsForAd', () => {
  it('ranks paths by the share of their skills the ad mentions, leaving out paths it does not touch', () => {
    const fits = rankPathsForAd(paths, new Set(['sql', 'fastapi', 'kubernetes']));
    expect(fits.map((f) => [f.id, f.mentioned.length, f.total, f.percent, f.requiredMentioned, f.requiredTotal])).toEqual([
      ['backend', 3, 5, 60, 2, 3],
      ['ops', 1, 5, 20, 1, 4],
    ]);
    // Backend and DevOps tie on 1 of 5; Backend has the larger share of required skills (1 of 3).
    expect(rankPathsForAd(paths, new Set(['git'])).map((f) => f.id)).toEqual(['frontend', 'backend', 'ops']);
    expect(rankPathsForAd(paths, new Set())).toEqual([]);
  });
});

describe('rankPathsForAd with alternatives', () => {
  it('counts a group as mentioned when the ad names any member, and as one skill', () => {
    const web: PathSkillLists = { id: 'web', title: 'Web', requiredSkills: ['sql', { oneOf: ['django', 'fastapi', 'flask'] }], niceToHaveSkills: [] };
    const [fit] = rankPathsForAd([web], new Set(['flask']));
    expect(fit).toMatchObject({ mentioned: [{ oneOf: ['django', 'fastapi', 'flask'] }], total: 2, percent: 50, requiredMentioned: 1, requiredTotal: 2 });
    expect(rankPathsForAd([web], new Set(['django', 'fastapi', 'flask', 'sql']))[0]).toMatchObject({ total: 2, percent: 100 });
  });
});

describe('decodeAd', () => {
  it('explains empty input', () => {
    for (const text of ['', '   \n\t ']) {
      const r = decodeAd(text, index, paths);
      expect(r.status).toBe('empty');
      expect(r.message).toMatch(/paste/i);
    }
    expect(decodeAd('<div><br/></div>', index, paths).status).toBe('empty');
  });
  it('explains input with no words (punctuation, emoji)', () => {
    const r = decodeAd('!!! 🚀🚀 ... — ??? 🎉', index, paths);
    expect(r.status).toBe('no-words');
    expect(r.message).toMatch(/no words/);
  });
  it('says when no known skill is mentioned', () => {
    const r = decodeAd('We are a friendly team that loves coffee.', index, paths);
    expect(r.status).toBe('no-skills');
    expect(r.message).toMatch(/No skill this guide covers was found in the 8 words read/);
  });
  it('reads HTML as text and says the tags were skipped', () => {
    const r = decodeAd('<ul><li><b>Postgres</b></li><li>k8s</li></ul><script>alert("FastAPI")</script>', index, paths);
    expect(r.status).toBe('found');
    expect(r.htmlRemoved).toBe(true);
    expect(r.skills.map((s) => s.id)).toEqual(['sql', 'kubernetes', 'fastapi']);
    expect(r.message).toMatch(/HTML tags were skipped/);
    expect(r.fits[0]?.id).toBe('backend');
  });
  it('reads only the first maxChars characters of a very long ad, and says so', () => {
    const text = `${'word '.repeat(50)}k8s`;
    const r = decodeAd(text, index, paths, 100);
    expect(r.truncated).toBe(true);
    expect(r.skills).toEqual([]);
    expect(r.message).toMatch(/only its first 100 were read/);
    expect(decodeAd(text, index, paths).skills.map((s) => s.id)).toEqual(['kubernetes']);
  });
});

describe('with the real skills', () => {
  let real: PhraseIndex;
  let realSkills: SkillTerms[] = [];
  beforeAll(async () => {
    const { entries } = parseContentFiles(await loadContentFiles(resolve(import.meta.dirname, '../..')));
    realSkills = entries.filter((e) => e.collection === 'skills').map((e) => {
      const d = e.data as { title: string; aliases?: string[] };
      return { id: e.id, title: d.title, aliases: (d.aliases ?? []).map((a) => a.toLowerCase()) };
    });
    real = buildPhraseIndex(realSkills);
  });
  it('decodes the common spellings of an ad', () => {
    expect(ids('Postgres, k8s and FastAPI; MySQL; Docker; pytest; CI/CD', real)).toEqual(['sql', 'kubernetes', 'fastapi', 'docker', 'pytest', 'ci-cd']);
  });
  it('does not read AWS Lambda, or other false friends, as the skill they resemble', () => {
    const ad = 'You will build serverless services on AWS (Lambda, S3, DynamoDB) with the rest of the team, react quickly to incidents, keep notes in Google Docs and spark joy.';
    expect(ids(ad, real)).toEqual(['cloud-platforms', 'nosql-and-caching']);
    expect(ids('Helm charts, org charts and mock interviews', real)).toEqual(['kubernetes']);
    expect(ids('Apache Spark, React, REST APIs, mocks and lambda expressions', real)).toEqual(['spark', 'html-css-javascript', 'rest-apis-and-http', 'mocking', 'functions']);
  });
  it('finds every skill by its own title', () => {
    const missed = realSkills.filter((s) => !ids(s.title, real).includes(s.id)).map((s) => s.id);
    expect(missed).toEqual([]);
  });
});

describe('groupFoundSkills', () => {
  it('groups found skills by area in the given order, keeping the order of mention, unknown areas last', () => {
    const found = extractSkills('k8s, Postgres, FastAPI, MySQL, R', index).skills;
    const areaOf = new Map([['kubernetes', 'devops'], ['sql', 'databases'], ['fastapi', 'web']]);
    const groups = groupFoundSkills(found, areaOf, ['web', 'databases', 'devops', 'data'] as const);
    expect(groups.map((g) => [g.area, g.skills.map((s) => s.id)])).toEqual([
      ['web', ['fastapi']], ['databases', ['sql']], ['devops', ['kubernetes']], [undefined, ['r']],
    ]);
    expect(groupFoundSkills([], areaOf, ['web'])).toEqual([]);
  });
});
