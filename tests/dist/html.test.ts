/**
 * Every built page is valid HTML (html-validate's recommended rules, minus a few that clash
 * with deliberate choices, each explained below), and has the markup every page needs: a
 * language, a skip link with its target, and an id plus a labelled link to itself on every
 * section heading (h2/h3).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { distDir, readPages, type BuiltPage } from '../support/dist.ts';

const root = resolve(import.meta.dirname, '../..');
let pages: BuiltPage[] = [];
beforeAll(() => { pages = readPages(distDir(root)); });

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta ... /> and boolean attributes as hidden="": both valid HTML.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // Long single-line SVG paths and JSON-LD are fine; formatting is not validity.
    'long-title': 'off',
    // Tailwind's arbitrary-value classes such as w-[min(42rem,...)] are not "invalid class names".
    'valid-id': ['error', { relaxed: true }],
    // We deliberately label landmarks with aria-label where a visible heading would repeat itself.
    'no-redundant-role': 'off',
    // Inline SVG attributes (stroke-width, text-anchor) are validated as SVG by browsers, not here.
    'no-unknown-elements': 'off',
    // The theme <select> and search radios are labelled by wrapping <label> elements.
    'prefer-native-element': 'off',
    // Astro emits a JSON-LD script and JSON data scripts: they are data blocks, not scripts.
    'script-type': 'off',
  },
});

describe('HTML validity', () => {
  it('has no html-validate errors on any page', async () => {
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.url);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${page.url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems.slice(0, 50)).toEqual([]);
  });
});

describe('page basics', () => {
  it('gives every page a language and a skip link to its main content', () => {
    const problems = pages.flatMap((p) => [
      ...(/<html lang="en"/.test(p.html) ? [] : [`${p.url}: no lang="en"`]),
      ...(p.links.includes('#main-content') && p.ids.includes('main-content') ? [] : [`${p.url}: no skip link to #main-content`]),
    ]);
    expect(pages.length).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  it('gives every section heading an id and a link to itself named "Link to section: ..."', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const p of pages) {
      for (const h of p.html.matchAll(/<h([23])([^>]*)>/g)) {
        // A card's title names a card that links to another page, and the home page's sections are
        // navigation (issue 11: no self-link icons there): neither is a section to link to.
        if (/\bdata-(card-title|nav-section)\b/.test(h[2] ?? '')) continue;
        const id = /\bid="([^"]+)"/.exec(h[2] ?? '')?.[1];
        if (!id) { problems.push(`${p.url}: an h${h[1]} without id`); continue; }
        // Chrome headings (the table of contents, the search dialog) are navigation, not sections.
        if (id.startsWith('toc-heading') || id === 'search-dialog-title') continue;
        const link = new RegExp(`<a class="anchor-link" href="#${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*><span class="sr-only">Link to section: `);
        if (!link.test(p.html)) problems.push(`${p.url}: #${id} has no labelled link to itself`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  });
});
