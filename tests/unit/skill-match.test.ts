import { describe, expect, it } from 'vitest';
import { formatShare, matchPath, parseSkillChoice, rankPathMatches, serializeSkillChoice, stillNeeded } from '../../src/lib/skill-match.ts';
import type { PathSkillLists } from '../../src/lib/skill-graph.ts';

const paths: PathSkillLists[] = [
  { id: 'backend', title: 'Backend', requiredSkills: ['python', 'sql', 'django', 'docker'], niceToHaveSkills: ['redis'] },
  { id: 'data', title: 'Data', requiredSkills: ['python', 'sql', 'pandas'], niceToHaveSkills: ['spark', 'sql'] },
  { id: 'ops', title: 'Ops', requiredSkills: ['linux', 'docker'], niceToHaveSkills: [] },
];

describe('matchPath', () => {
  it('splits required and nice-to-have skills into had and missing, in the path\'s order', () => {
    const m = matchPath(paths[0]!, new Set(['sql', 'python', 'redis']));
    expect(m.required).toEqual({ have: ['python', 'sql'], missing: ['django', 'docker'], total: 4, percent: 50 });
    expect(m.niceToHave).toEqual({ have: ['redis'], missing: [], total: 1, percent: 100 });
    expect(formatShare(m.required)).toBe('2 of 4 (50%)');
  });
  it('counts a skill listed as both required and nice to have once, as required', () => {
    const m = matchPath(paths[1]!, new Set(['sql']));
    expect(m.niceToHave.total).toBe(1);
    expect(m.niceToHave.missing).toEqual(['spark']);
  });
  it('counts a group of alternatives as one skill, had when any member is ticked', () => {
    const web: PathSkillLists = { id: 'web', title: 'Web', requiredSkills: ['sql', { oneOf: ['django', 'fastapi', 'flask'] }], niceToHaveSkills: [{ oneOf: ['selenium', 'playwright'] }] };
    expect(matchPath(web, new Set(['sql', 'fastapi'])).required).toEqual({ have: ['sql', { oneOf: ['django', 'fastapi', 'flask'] }], missing: [], total: 2, percent: 100 });
    expect(matchPath(web, new Set(['django', 'flask'])).required.total).toBe(2);
    expect(matchPath(web, new Set(['sql'])).required.missing).toEqual([{ oneOf: ['django', 'fastapi', 'flask'] }]);
    expect(matchPath(web, new Set(['playwright'])).niceToHave.percent).toBe(100);
    expect(stillNeeded(web.requiredSkills, new Set(['flask']))).toEqual(['sql']);
  });
  it('gives 0% for an empty list rather than dividing by zero', () => {
    expect(matchPath(paths[2]!, new Set()).niceToHave).toEqual({ have: [], missing: [], total: 0, percent: 0 });
  });
});

describe('rankPathMatches', () => {
  it('ranks by share of required skills, then nice-to-have, keeping the given order on ties', () => {
    expect(rankPathMatches(paths, new Set(['python', 'sql', 'pandas'])).map((m) => m.id)).toEqual(['data', 'backend', 'ops']);
    expect(rankPathMatches(paths, new Set(['docker', 'linux'])).map((m) => m.id)).toEqual(['ops', 'backend', 'data']);
    expect(rankPathMatches(paths, new Set()).map((m) => m.id)).toEqual(['backend', 'data', 'ops']);
  });
  it('changes as the choice changes', () => {
    const before = rankPathMatches(paths, new Set(['python']))[0]!;
    const after = rankPathMatches(paths, new Set(['python', 'django', 'docker', 'sql']))[0]!;
    expect(before.id).toBe('data');
    expect(after.id).toBe('backend');
    expect(after.required.percent).toBe(100);
  });
});

describe('stored choice', () => {
  const known = new Set(['python', 'sql', 'django']);
  it('round-trips a choice, unique and sorted', () => {
    const raw = serializeSkillChoice(['sql', 'python', 'sql']);
    expect(JSON.parse(raw)).toEqual({ version: 1, skills: ['python', 'sql'] });
    expect(parseSkillChoice(raw, known)).toEqual(['python', 'sql']);
  });
  it('never throws on corrupt or foreign storage, keeping only what can be trusted', () => {
    for (const raw of [null, undefined, '', '{', 'null', '42', '"sql"', '[]', '["sql"]', '{"version":2,"skills":["sql"]}', '{"version":1}', '{"version":1,"skills":"sql"}', '\u0000\uffff']) {
      expect(parseSkillChoice(raw, known)).toEqual([]);
    }
    expect(parseSkillChoice('{"version":1,"skills":["sql",3,null,{"a":1},"nope","",["x"],"sql"]}', known)).toEqual(['sql']);
    expect(parseSkillChoice('{"version":1,"skills":["anything"]}')).toEqual(['anything']);
    expect(parseSkillChoice('x'.repeat(200_000), known)).toEqual([]);
  });
});

describe('stillNeeded', () => {
  it('keeps the wanted skills not yet ticked, in order', () => {
    expect(stillNeeded(['sql', 'k8s', 'python'], new Set(['python']))).toEqual(['sql', 'k8s']);
    expect(stillNeeded([], new Set(['python']))).toEqual([]);
  });
});
