import { describe, expect, it } from 'vitest';
import { distinctItems, membersOf, pairItems, repeatedSkills, satisfies, skillIdsOf } from '../../src/lib/skill-items.ts';

const web = { oneOf: ['django', 'fastapi', 'flask'] };

describe('skill items', () => {
  it('treats a group as satisfied by any one member', () => {
    expect(satisfies(web, new Set(['flask']))).toBe(true);
    expect(satisfies(web, new Set(['sql']))).toBe(false);
    expect(satisfies('sql', new Set(['sql']))).toBe(true);
    expect(membersOf('sql')).toEqual(['sql']);
  });
  it('lists every id once', () => {
    expect(skillIdsOf(['sql', web, 'django'])).toEqual(['sql', 'django', 'fastapi', 'flask']);
  });
  it('pairs items one to one, exact matches first', () => {
    expect(pairItems(['sql', 'git'], ['git', 'sql'])).toEqual([[0, 1], [1, 0]]);
    expect(pairItems([web, 'flask'], ['flask', web])).toEqual([[0, 1], [1, 0]]);
    expect(pairItems([web], ['django', 'flask'])).toEqual([[0, 0]]);
    expect(pairItems(['pytorch'], ['sql'])).toEqual([]);
  });
  it('drops repeats and items of another list', () => {
    expect(distinctItems(['sql', 'sql', web, { oneOf: ['django', 'fastapi', 'flask'] }])).toEqual(['sql', web]);
    expect(distinctItems(['sql', 'git'], ['sql'])).toEqual(['git']);
  });
  it('finds a skill named by two items', () => {
    expect(repeatedSkills(['sql', web], ['flask'])).toEqual(['flask']);
    expect(repeatedSkills(['sql', web], ['git'])).toEqual([]);
  });
});
