import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildToc } from '../../src/lib/toc.ts';
import { activeSection } from '../../src/lib/toc-active.ts';
import { ITEM_SECTION_IDS, pageHeadings, PAGE_SECTIONS, sectionHeadings } from '../../src/lib/page-sections.ts';
import { comparisonHeadings } from '../../src/lib/compare.ts';
import { RESERVED_IDS } from '../../src/lib/reserved-ids.ts';

describe('buildToc', () => {
  it('nests h3 under the preceding h2 and drops other levels', () => {
    const toc = buildToc([
      { depth: 1, slug: 'title', text: 'Title' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1', children: [] }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });
  it('keeps an h3 that comes before any h2', () => {
    expect(buildToc([{ depth: 3, slug: 'x', text: 'X' }])).toEqual([{ slug: 'x', text: 'X', children: [] }]);
  });
});

describe('activeSection', () => {
  it('prefers the section a #link landed on while its heading is on screen', () => {
    // The last section cannot scroll up to the line: without the preference the one before wins.
    const hs = [{ id: 'a', top: -900 }, { id: 'b', top: -20 }, { id: 'c', top: 420 }];
    expect(activeSection(hs, 120)).toBe('b');
    expect(activeSection(hs, 120, { id: 'c', viewportHeight: 800 })).toBe('c');
  });
  it('lets the reader scroll away from a linked section', () => {
    // Scrolled back up: the linked heading is below the screen.
    expect(activeSection([{ id: 'a', top: 10 }, { id: 'b', top: 1200 }], 120, { id: 'b', viewportHeight: 800 })).toBe('a');
    // Scrolled on past a later heading.
    expect(activeSection([{ id: 'a', top: -500 }, { id: 'b', top: -300 }, { id: 'c', top: 50 }], 120, { id: 'b', viewportHeight: 800 })).toBe('c');
  });
  const hs = [{ id: 'a', top: -500 }, { id: 'b', top: 50 }, { id: 'c', top: 400 }];
  it('is the last heading above the threshold', () => {
    expect(activeSection(hs, 100)).toBe('b');
  });
  it('is the first heading before any has scrolled past', () => {
    expect(activeSection([{ id: 'a', top: 300 }, { id: 'b', top: 600 }], 100)).toBe('a');
  });
});

describe('page template sections', () => {
  it('follow the prose, and list only h2 sections in the table of contents', () => {
    const sections = pageHeadings('path', [{ depth: 2, slug: 'what-the-work-is-like-day-to-day', text: 'What the work is like day to day' }]);
    expect(sections[0]?.slug).toBe('what-the-work-is-like-day-to-day');
    expect(sections.map((s) => s.slug)).toContain('salary');
    expect(sections.map((s) => s.slug)).not.toContain('salary-by-level');
  });
  it('can leave out a section a page does not show', () => {
    expect(pageHeadings('guide', [], { related: false }).map((s) => s.slug)).toEqual(['sources']);
  });
  it('leave out the sections a page marks as not shown, and list the parts a template lists', () => {
    expect(pageHeadings('roadmapStep', [], { skills: false, resources: true }).map((s) => s.slug)).toEqual(['learn', 'resources', 'project', 'ready-when']);
    expect(pageHeadings('compareIndex').map((s) => [s.depth, s.slug])).toEqual([[2, 'pick-two'], [2, 'how-to-read'], [3, 'skill-overlap'], [3, 'pay-figures'], [2, 'all-comparisons']]);
    expect(pageHeadings('jobAdDecoder').map((s) => s.slug)).toEqual(['paste-the-ad', 'what-the-ad-asks-for', 'how-it-reads']);
  });
  it('hand a template its headings by slug, with level, id and text from the list', () => {
    expect(sectionHeadings('roadmap')['time-to-a-first-job']).toEqual({ level: 2, id: 'time-to-a-first-job', text: 'Time to a first job' });
    expect(sectionHeadings('path')['salary-by-level']).toEqual({ level: 3, id: 'salary-by-level', text: 'Python developers in general, by level' });
  });
  it("build a comparison's headings from its list, each path's own h3 after its section", () => {
    const slugs = comparisonHeadings({ id: 'a', title: 'A' }, { id: 'b', title: 'B' }).map((h) => h.slug);
    expect(slugs.filter((s) => PAGE_SECTIONS.comparison.some((t) => t.slug === s))).toEqual(PAGE_SECTIONS.comparison.map((t) => t.slug));
    expect(slugs.slice(slugs.indexOf('pay'), slugs.indexOf('pay') + 4)).toEqual(['pay', ITEM_SECTION_IDS.comparison('pay', 'a'), ITEM_SECTION_IDS.comparison('pay', 'b'), 'salary-by-level']);
  });
  it('are the only headings templates type: no AnchorHeading or h2/h3 with an id or text written in place', () => {
    const src = resolve(import.meta.dirname, '../../src');
    const astroFiles = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? astroFiles(join(dir, e.name)) : e.name.endsWith('.astro') ? [join(dir, e.name)] : []);
    const problems: string[] = [];
    for (const file of astroFiles(src)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/<AnchorHeading\b[\s\S]*?\/>/g)) {
        if (/\s(id|text)="/.test(m[0])) problems.push(`${relative(src, file)}: ${m[0].slice(0, 80)}`);
      }
      // The home page's section titles (data-nav-section) and the search dialog's title are navigation, not sections.
      for (const m of text.matchAll(/<h[23]\b[^>]*>/g)) {
        if (/\sid="/.test(m[0]) && !/\bdata-nav-section\b|\sid="search-dialog-title"/.test(m[0])) problems.push(`${relative(src, file)}: ${m[0].slice(0, 80)}`);
      }
    }
    expect(problems).toEqual([]);
  });
  it('give every section of a template its own id, one the layouts reserve', () => {
    for (const [template, list] of Object.entries(PAGE_SECTIONS)) {
      expect(new Set(list.map((s) => s.slug)).size, template).toBe(list.length);
    }
    expect(new Set(RESERVED_IDS).size).toBe(RESERVED_IDS.length);
  });
});
