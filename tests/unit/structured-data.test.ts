import { describe, expect, it } from 'vitest';
import { articleLd, breadcrumbLd, faqPageLd, graph, occupationLd, roadmapLd, salaryLd, websiteLd } from '../../src/lib/structured-data.ts';
import { embedJson } from '../../src/lib/embed-json.ts';
import { ogImagePath, pageKindFromPath } from '../../src/lib/page-kind.ts';
import { htmlToPlainText, inlineMarkdownText } from '../../src/lib/markdown.ts';
import { markdownToHtml } from 'satteri';
import { headingLinks } from '../../src/markdown/heading-links.ts';

const site = 'https://example.org/';

describe('structured data', () => {
  it('gives the site a SearchAction pointing at /search/?q=', () => {
    const ld = websiteLd('Guide', site) as Record<string, any>;
    expect(ld['potentialAction'].target.urlTemplate).toBe('https://example.org/search/?q={search_term_string}');
    expect(ld['potentialAction']['query-input']).toBe('required name=search_term_string');
  });
  it('numbers breadcrumbs from 1', () => {
    const ld = breadcrumbLd([{ href: '/', label: 'Home' }, { href: '/skills/', label: 'Skills' }], site) as Record<string, any>;
    expect(ld['itemListElement'].map((i: any) => [i.position, i.name, i.item])).toEqual([[1, 'Home', site], [2, 'Skills', `${site}skills/`]]);
  });
  it('describes a range as a MonetaryAmount and a median as a distribution, each naming source and year', () => {
    expect(salaryLd({ label: 'Backend', currency: 'USD', year: 2026, sourceTitle: 'Market 2026', min: 85000, max: 160000 }))
      .toEqual({ '@type': 'MonetaryAmount', name: 'Backend: Market 2026, 2026', currency: 'USD', minValue: 85000, maxValue: 160000, validFrom: '2026-01-01' });
    expect(salaryLd({ label: 'Software developers', currency: 'USD', year: 2024, sourceTitle: 'BLS', median: 133080 }))
      .toMatchObject({ '@type': 'MonetaryAmountDistribution', median: 133080, duration: 'P1Y', currency: 'USD' });
  });
  it('builds an Occupation with skills and estimated salary', () => {
    const ld = occupationLd({ name: 'Data engineer', description: 'd', url: `${site}paths/data-engineer/`, skills: ['SQL', 'Spark'], alsoCalled: [], salaries: [{ label: 'x', currency: 'USD', year: 2024, sourceTitle: 'BLS', median: 1 }] }) as Record<string, any>;
    expect(ld['skills']).toBe('SQL, Spark');
    expect(ld['estimatedSalary']).toHaveLength(1);
    expect(ld['alternateName']).toBeUndefined();
  });
  it('builds FAQPage, Article and ItemList', () => {
    const faq = (faqPageLd([{ id: 'q', question: 'Q?', short: 'Short.', answerHtml: '<p>Long <a href="/x/">answer</a>.</p>' }], `${site}faq/`) as any).mainEntity[0];
    expect(faq).toMatchObject({ name: 'Q?', url: `${site}faq/#q`, acceptedAnswer: { text: 'Short. Long answer.' } });
    expect(() => faqPageLd([{ id: 'q', question: 'Q?', short: 'S.', answerHtml: undefined }], `${site}faq/`)).toThrow(/FAQ "q": no rendered answer/);
    expect((articleLd({ title: 't', description: 'd', url: site, updated: new Date('2026-11-22'), siteName: 'S', siteUrl: site }) as any).dateModified).toBe('2026-11-22');
    expect((roadmapLd({ name: 'r', description: 'd', url: `${site}roadmaps/r/`, steps: [{ id: 'a', title: 'A' }] }) as any).itemListElement[0]).toMatchObject({ position: 1, name: 'A', url: `${site}roadmaps/r/a/` });
  });
  it('wraps everything in one @graph and escapes "<" for a script element', () => {
    const json = embedJson(graph([{ '@type': 'Thing', name: '</script><b>' }]));
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)['@graph'][0].name).toBe('</script><b>');
  });
});

describe('page kinds and social cards', () => {
  it('derives the kind of page from its URL', () => {
    expect(pageKindFromPath('/paths/backend-developer/')).toBe('path');
    expect(pageKindFromPath('/paths/backend-developer/practice/')).toBe('practice');
    expect(pageKindFromPath('/roadmaps/x/')).toBe('roadmap');
    expect(pageKindFromPath('/roadmaps/x/y/')).toBe('roadmap step');
    expect(pageKindFromPath('/faq/')).toBe('FAQ');
    expect(pageKindFromPath('/')).toBe('page');
    expect(pageKindFromPath('/compare/backend-developer-vs-data-engineer/')).toBe('comparison');
    expect(pageKindFromPath('/tools/skill-match/')).toBe('tool');
  });
  it('puts each card at a path derived from the page URL', () => {
    expect(ogImagePath('/')).toBe('/og/index.png');
    expect(ogImagePath('/skills/sql/')).toBe('/og/skills/sql.png');
    expect(ogImagePath('/404')).toBe('/og/404.png');
  });
});

describe('htmlToPlainText', () => {
  /** Markdown as the site renders it (satteri, the site's features, its heading-links plugin). */
  const render = (md: string) => (markdownToHtml(md, { features: { gfm: true, smartPunctuation: true }, hastPlugins: [headingLinks as never] }) as { html: string }).html;
  it('keeps the text of links, code and emphasis, with their marks gone', () => {
    expect(htmlToPlainText(render('See **the** [guide](/guides/x/), _this_ and `code <b>`.'))).toBe('See the guide, this and code <b>.');
  });
  it('keeps list items, paragraphs and code blocks apart', () => {
    expect(htmlToPlainText(render('Two:\n\n- one\n- *two*\n\n1. first\n2. second\n\n```py\nprint("hi")\n```\n\nEnd.'))).toBe('Two: one two first second print("hi") End.');
  });
  it("decodes entities, keeps the renderer's smart quotes and leaves out a heading's link to itself", () => {
    expect(htmlToPlainText(render('## A & B\n\nIt\'s "fine" &amp; <a href="/x/">raw</a>.'))).toBe('A & B It’s “fine” & raw.');
  });
  it('gives the plain text of one line of Markdown', () => {
    expect(inlineMarkdownText('What does `a < b` do in **Python**?')).toBe('What does a < b do in Python?');
  });
});
