/**
 * Content integrity over the real content/ tree: every file valid, every reference and link
 * resolves, ids unique, every skill reachable, every path priced, every path's roadmap
 * teaching that path's skills.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { checkContent, formatProblem, parseContentFiles, type ParsedEntry } from '../../src/lib/content-check.ts';
import { loadContentFiles } from '../../src/lib/content-files.ts';
import { orphanSkills, untaughtSkills, type PathSkillLists, type RoadmapSkills } from '../../src/lib/skill-graph.ts';
import { repeatedSkills, type SkillItem } from '../../src/lib/skill-items.ts';

const root = resolve(import.meta.dirname, '../..');
let entries: ParsedEntry[] = [];
let problems: string[] = [];
type Data = Record<string, unknown>;
const of = (collection: string) => entries.filter((e) => e.collection === collection);

beforeAll(async () => {
  const files = await loadContentFiles(root);
  problems = checkContent(files).map(formatProblem);
  entries = parseContentFiles(files).entries;
});

const paths = (): PathSkillLists[] => of('paths').map((e) => {
  const d = e.data as Data;
  return { id: e.id, title: String(d['title']), requiredSkills: d['requiredSkills'] as SkillItem[], niceToHaveSkills: (d['niceToHaveSkills'] as SkillItem[] | undefined) ?? [] };
});
const roadmaps = (): RoadmapSkills[] => of('roadmaps').map((e) => {
  const d = e.data as Data;
  return { id: e.id, title: String(d['title']), path: d['path'] as string | undefined, steps: (d['steps'] as Array<{ id: string; title: string; skills?: string[] }>).map((s) => ({ id: s.id, title: s.title, skills: s.skills ?? [] })) };
});

describe('content', () => {
  it('has no schema, reference, id or link problems', () => {
    expect(problems).toEqual([]);
  });

  it('has every collection populated', () => {
    for (const c of ['paths', 'skills', 'roadmaps', 'guides', 'faqs', 'salaries', 'sources']) expect(of(c).length, c).toBeGreaterThan(0);
  });

  it('has the flagship paths and the beginner roadmap', () => {
    expect(of('paths').map((e) => e.id)).toEqual(expect.arrayContaining(['backend-developer', 'data-engineer']));
    expect(of('roadmaps').map((e) => e.id)).toContain('beginner-to-job-ready');
  });

  it('reaches every skill from a path or a roadmap', () => {
    expect(orphanSkills(of('skills').map((e) => e.id), paths(), roadmaps())).toEqual([]);
  });

  it('names each skill once per path (a group of alternatives holds two or more)', () => {
    for (const p of paths()) expect(repeatedSkills(p.requiredSkills, p.niceToHaveSkills), p.id).toEqual([]);
  });

  it("teaches every path's skills on that path's roadmap", () => {
    const byId = new Map(roadmaps().map((r) => [r.id, r]));
    for (const p of of('paths')) {
      const roadmapId = (p.data as Data)['roadmap'] as string | undefined;
      if (!roadmapId) continue;
      const roadmap = byId.get(roadmapId);
      expect(roadmap, `${p.file}: roadmap ${roadmapId}`).toBeDefined();
      expect(untaughtSkills(paths().find((x) => x.id === p.id)!, roadmap!), `${p.id} skills missing from roadmap ${roadmapId}`).toEqual([]);
    }
  });

  it('gives every path at least one salary figure', () => {
    const priced = new Set(of('salaries').flatMap((e) => ((e.data as Data)['rows'] as Array<{ paths?: string[] }>).flatMap((r) => r.paths ?? [])));
    expect(of('paths').map((e) => e.id).filter((id) => !priced.has(id))).toEqual([]);
  });

  it('has the sections every path page prose needs', () => {
    const required = ['What the work is like day to day', 'How you get there', 'What the pay looks like', 'How this path is changing'];
    for (const p of of('paths')) {
      const headings = [...p.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]?.trim());
      expect(headings, p.file).toEqual(expect.arrayContaining(required));
    }
  });

  it('opens every "How this path is changing" section as our reading or with a cited source', () => {
    const ours = /\b(our reading|as we read|we see|we expect|we think|in our view|as we see it|in our experience)\b/i;
    const cites = /\]\(\/sources\//;
    for (const p of of('paths')) {
      const section = /^## How this path is changing\n+([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(p.body)?.[1]?.trim() ?? '';
      const first = section.split(/(?<=[.!?])\s+(?=[A-Z])/)[0] ?? '';
      expect(section, `${p.file}: no "How this path is changing" text`).not.toBe('');
      expect(ours.test(first) || cites.test(first), `${p.file}: the first trend claim should say it is our reading or cite a source: ${first}`).toBe(true);
    }
  });

  it('has the sections every skill page needs', () => {
    const required = ['What it is', 'Why employers ask for it', 'How to show it in a portfolio'];
    for (const s of of('skills')) {
      const headings = [...s.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]?.trim());
      expect(headings, s.file).toEqual(expect.arrayContaining(required));
    }
  });

  it('keeps h2/h3 headings unique within each Markdown file', () => {
    for (const e of entries.filter((x) => x.body)) {
      const headings = [...e.body.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]?.trim().toLowerCase());
      const dupes = headings.filter((h, i) => headings.indexOf(h) !== i);
      expect(dupes, e.file).toEqual([]);
    }
  });
});
