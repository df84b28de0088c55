import { describe, expect, it } from 'vitest';
import { mapNodeId, nodeStatusSuffix, roadmapMap, shortHours } from '../../src/lib/roadmap-map.ts';

const titles = new Map([['git', 'Git'], ['sql', 'SQL'], ['pytest', 'pytest']]);
const step = (id: string, phase: string | undefined, min: number, max: number, skills: string[] = []) => ({ id, title: `Title ${id}`, phase, effortHours: { min, max }, skills });

describe('roadmapMap', () => {
  it('groups consecutive steps by phase, keeps the order and numbers steps and phases', () => {
    const map = roadmapMap([step('a', 'Basics', 10, 20, ['git']), step('b', 'Basics', 5, 5), step('c', 'Web', 30, 60, ['sql', 'pytest'])], titles);
    expect(map.phased).toBe(true);
    expect(map.stepCount).toBe(3);
    expect(map.phases.map((p) => [p.number, p.label, p.steps.map((s) => s.position)])).toEqual([[1, 'Basics', [1, 2]], [2, 'Web', [3]]]);
    expect(map.phases[0]!.effort).toEqual({ min: 15, max: 25 });
    expect(map.phases[1]!.steps[0]!.skills).toEqual([{ id: 'sql', title: 'SQL' }, { id: 'pytest', title: 'pytest' }]);
  });
  it('never reorders: a phase that comes back starts a new group', () => {
    const map = roadmapMap([step('a', 'X', 1, 2), step('b', 'Y', 1, 2), step('c', 'X', 1, 2)], titles);
    expect(map.phases.map((p) => p.label)).toEqual(['X', 'Y', 'X']);
    expect(map.phases.flatMap((p) => p.steps.map((s) => s.id))).toEqual(['a', 'b', 'c']);
  });
  it('puts a roadmap without phases in one unlabelled group', () => {
    const map = roadmapMap([step('a', undefined, 1, 2), step('b', undefined, 3, 4)], titles);
    expect(map.phased).toBe(false);
    expect(map.phases).toHaveLength(1);
    expect(map.phases[0]!.label).toBeUndefined();
  });
  it('names the step when a skill is unknown', () => {
    expect(() => roadmapMap([step('a', undefined, 1, 2, ['haskell'])], titles)).toThrow(/Step "a" teaches skill "haskell"/);
  });
});

describe('node text', () => {
  it('formats hours compactly', () => {
    expect(shortHours({ min: 20, max: 40 })).toBe('20–40 h');
    expect(shortHours({ min: 8, max: 8 })).toBe('8 h');
  });
  it('ends a link name with the status in words', () => {
    expect(nodeStatusSuffix('done')).toBe(', done');
    expect(nodeStatusSuffix('in-progress')).toBe(', in progress');
    expect(nodeStatusSuffix('skipped')).toBe(', skipped');
    expect(nodeStatusSuffix('not-started')).toBe(', not started');
  });
  it('prefixes node ids so they never meet a heading id', () => {
    expect(mapNodeId('python-basics')).toBe('map-python-basics');
  });
});
