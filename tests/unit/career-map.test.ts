import { describe, expect, it } from 'vitest';
import { careerMap, lowerFirst, type CareerPathInput, type CareerRoadmapInput } from '../../src/lib/career-map.ts';

const titles = new Map([['git', 'Git'], ['python', 'Python'], ['sql', 'SQL'], ['docker', 'Docker']]);
const path = (id: string, family: CareerPathInput['family'], order: number, requiredSkills: string[], roadmap?: string): CareerPathInput =>
  ({ id, title: `Title ${id}`, family, icon: 'path', order, requiredSkills, roadmap, ladder: ['Junior', 'Senior', `Lead ${id}`] });
const roadmap = (id: string, order: number, p?: string): CareerRoadmapInput => ({ id, title: `Roadmap ${id}`, order, path: p, steps: [{ effortHours: { min: 10, max: 20 } }, { effortHours: { min: 5, max: 10 } }] });

describe('careerMap', () => {
  const paths = [
    path('backend', 'web', 2, ['python', 'git', 'sql'], 'backend-rm'),
    path('fullstack', 'web', 1, ['python', 'git']),
    path('ops', 'infra', 3, ['python', 'docker']),
    path('analyst', 'data', 4, ['sql', 'python']),
  ];
  const roadmaps = [roadmap('start', 1), roadmap('backend-rm', 2, 'backend'), roadmap('fullstack-rm', 3, 'fullstack'), roadmap('plan', 0)];
  const map = careerMap(paths, roadmaps, titles);

  it('groups paths by family in the families\' order, paths by their order, empty families dropped', () => {
    expect(map.families.map((f) => [f.id, f.paths.map((p) => p.id)])).toEqual([['web', ['fullstack', 'backend']], ['data', ['analyst']], ['infra', ['ops']]]);
    expect(map.families[0]!.label).toBe('Web');
    expect(map.pathCount).toBe(4);
  });
  it('finds each path\'s roadmap (named by the path or naming it) with its size', () => {
    const web = map.families[0]!.paths;
    expect(web[1]!.roadmap).toEqual({ id: 'backend-rm', title: 'Roadmap backend-rm', stepCount: 2, effort: { min: 15, max: 30 } });
    expect(web[0]!.roadmap?.id).toBe('fullstack-rm');
    expect(map.families[1]!.paths[0]!.roadmap).toBeUndefined();
  });
  it('says where each path can lead: the top of its ladder', () => {
    expect(map.families[0]!.paths[0]!.leadsTo).toBe('lead fullstack');
    expect(lowerFirst('ML architecture lead')).toBe('ML architecture lead');
    expect(lowerFirst('Staff engineer')).toBe('staff engineer');
  });
  it('makes the foundation from the general roadmaps and the skills half the paths require', () => {
    expect(map.foundation.roadmaps.map((r) => r.id)).toEqual(['plan', 'start']);
    expect(map.foundation.skills).toEqual([{ id: 'python', title: 'Python', pathCount: 4 }, { id: 'git', title: 'Git', pathCount: 2 }, { id: 'sql', title: 'SQL', pathCount: 2 }]);
  });
  it('names an unknown skill', () => {
    expect(() => careerMap([path('a', 'web', 1, ['cobol'])], [], titles)).toThrow(/skill "cobol"/);
  });
});
