import { describe, expect, it } from 'vitest';
import { orphanSkills, pathsBySkill, stepsBySkill, untaughtSkills, type PathSkillLists, type RoadmapSkills } from '../../src/lib/skill-graph.ts';

const paths: PathSkillLists[] = [
  { id: 'backend', title: 'Backend', requiredSkills: ['sql', 'django'], niceToHaveSkills: ['redis'] },
  { id: 'data', title: 'Data', requiredSkills: ['sql', 'pandas'], niceToHaveSkills: ['django'] },
];
const roadmaps: RoadmapSkills[] = [
  { id: 'start', title: 'Start', steps: [{ id: 'basics', title: 'Basics', skills: ['python'] }, { id: 'db', title: 'Databases', skills: ['sql'], phase: 'Data' }] },
  { id: 'backend', title: 'Backend roadmap', path: 'backend', steps: [{ id: 'web', title: 'Web', skills: ['django'] }] },
];

describe('pathsBySkill', () => {
  it('lists every path that needs a skill, required before nice-to-have', () => {
    const map = pathsBySkill(paths);
    expect(map.get('sql')?.map((n) => n.pathId)).toEqual(['backend', 'data']);
    expect(map.get('django')).toEqual([
      { pathId: 'backend', pathTitle: 'Backend', level: 'required', group: [] },
      { pathId: 'data', pathTitle: 'Data', level: 'nice-to-have', group: [] },
    ]);
    expect(map.has('python')).toBe(false);
  });
  it('gives every member of a group of alternatives the group\'s level and names the group', () => {
    const map = pathsBySkill([{ id: 'ml', title: 'ML', requiredSkills: ['numpy', { oneOf: ['pytorch', 'tensorflow'] }], niceToHaveSkills: [] }]);
    expect(map.get('pytorch')).toEqual([{ pathId: 'ml', pathTitle: 'ML', level: 'required', group: ['pytorch', 'tensorflow'] }]);
    expect(map.get('tensorflow')).toEqual([{ pathId: 'ml', pathTitle: 'ML', level: 'required', group: ['pytorch', 'tensorflow'] }]);
  });
  it('counts a group as taught when its roadmap teaches any member', () => {
    const ml: PathSkillLists = { id: 'ml', title: 'ML', requiredSkills: [{ oneOf: ['pytorch', 'tensorflow'] }, { oneOf: ['jax', 'mxnet'] }], niceToHaveSkills: [] };
    const r: RoadmapSkills = { id: 'ml', title: 'ML', steps: [{ id: 'dl', title: 'Deep learning', skills: ['tensorflow'] }] };
    expect(untaughtSkills(ml, r)).toEqual(['jax', 'mxnet']);
  });
  it('lists a path once even if it names a skill twice', () => {
    const map = pathsBySkill([{ id: 'x', title: 'X', requiredSkills: ['sql'], niceToHaveSkills: ['sql'] }]);
    expect(map.get('sql')).toHaveLength(1);
    expect(map.get('sql')?.[0]?.level).toBe('required');
  });
});

describe('stepsBySkill', () => {
  it('gives each step that teaches a skill with its position', () => {
    const map = stepsBySkill(roadmaps);
    expect(map.get('sql')).toEqual([{ roadmapId: 'start', roadmapTitle: 'Start', stepId: 'db', stepTitle: 'Databases', position: 2, stepCount: 2, phase: 'Data' }]);
    expect(map.get('django')?.[0]?.roadmapId).toBe('backend');
    // A step in no phase carries none.
    expect(map.get('python')?.[0]).not.toHaveProperty('phase');
  });
});

describe('orphanSkills and untaughtSkills', () => {
  it('finds skills no path or roadmap reaches', () => {
    expect(orphanSkills(['sql', 'python', 'kubernetes'], paths, roadmaps)).toEqual(['kubernetes']);
  });
  it("finds a path's skills its roadmap never teaches", () => {
    expect(untaughtSkills(paths[0]!, roadmaps[1]!)).toEqual(['sql', 'redis']);
  });
});
