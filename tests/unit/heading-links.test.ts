import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { headingLinks } from '../../src/markdown/heading-links.ts';
import { headingIds } from '../../src/lib/content-check.ts';

const render = (md: string) => markdownToHtml(md, { hastPlugins: [headingLinks] } as never).html;

describe('heading links', () => {
  it('gives h2 and h3 an id and a labelled link to itself, placed after the heading', () => {
    const html = render('## What it is\n\ntext\n\n### A detail\n');
    expect(html).toContain('<h2 id="what-it-is">What it is</h2><a class="anchor-link" href="#what-it-is"');
    expect(html).toContain('<span class="sr-only">Link to section: What it is</span>');
    expect(html).toContain('<h3 id="a-detail">A detail</h3><a class="anchor-link" href="#a-detail"');
    expect(html).toMatch(/<div class="heading-wrapper level-h2">/);
  });
  it('keeps ids unique when a heading repeats', () => {
    const html = render('## Example\n\n## Example\n\n### Example\n');
    const ids = [...html.matchAll(/<h[23] id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['example', 'example-1', 'example-2']);
  });
  it('never reuses an id the page templates own', () => {
    const html = render('## Sources\n\n## Related\n');
    const ids = [...html.matchAll(/<h[23] id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['sources-1', 'related-1']);
  });
  it('matches the ids the content checker predicts for links to sections', () => {
    const md = '## Why `pytest`?\n\n## Example\n\n```\n## not a heading\n```\n\n### Example\n\n## Sources\n';
    const rendered = [...render(md).matchAll(/<h[23] id="([^"]+)"/g)].map((m) => m[1]);
    expect(headingIds(md)).toEqual(rendered);
  });
  it('leaves other heading levels alone', () => {
    expect(render('#### Small\n')).not.toContain('anchor-link');
  });
});
