import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { PATH_FAMILIES, PATHS_WITH_IDENTITY, pathLook } from '../../src/lib/path-identity.ts';
import { ICONS } from '../../src/lib/icons.ts';

describe('path identity', () => {
  it('gives every career path in content/paths a family and an icon, and knows no other path', () => {
    const paths = readdirSync('content/paths').map((f) => f.replace(/\.mdx?$/, '')).sort();
    expect([...PATHS_WITH_IDENTITY].sort()).toEqual(paths);
  });
  it('uses the family colours for a path and the general look otherwise', () => {
    expect(pathLook('data-engineer')).toEqual({ icon: 'pipeline', iconClass: `${PATH_FAMILIES.data.soft} ${PATH_FAMILIES.data.text}` });
    expect(pathLook(undefined).icon).toBe('roadmap');
    expect(Object.keys(ICONS)).toContain(pathLook('technical-lead').icon);
  });
});
