import { describe, expect, it } from 'vitest';
import { buildToc } from '../../src/lib/toc.ts';
import { activeSection } from '../../src/lib/toc-active.ts';
import { pageHeadings, PAGE_SECTIONS } from '../../src/lib/page-sections.ts';
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
    expect(pageHeadings('guide', [], ['related']).map((s) => s.slug)).toEqual(['sources']);
  });
  it('give every section of a template its own id, one the layouts reserve', () => {
    for (const [template, list] of Object.entries(PAGE_SECTIONS)) {
      expect(new Set(list.map((s) => s.slug)).size, template).toBe(list.length);
    }
    expect(new Set(RESERVED_IDS).size).toBe(RESERVED_IDS.length);
  });
});
