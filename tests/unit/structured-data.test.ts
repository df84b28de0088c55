import { describe, expect, it } from 'vitest';
import { articleLd, breadcrumbLd, faqPageLd, graph, occupationLd, roadmapLd, salaryLd, websiteLd } from '../../src/lib/structured-data.ts';
import { embedJson } from '../../src/lib/embed-json.ts';
import { ogImagePath, pageKindFromPath } from '../../src/lib/page-kind.ts';
import { markdownToPlainText } from '../../src/lib/text.ts';

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
    expect((faqPageLd([{ question: 'Q?', answer: 'A.', url: `${site}faq/#q` }]) as any).mainEntity[0].acceptedAnswer.text).toBe('A.');
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

describe('markdownToPlainText', () => {
  it('keeps link text and drops Markdown marks', () => {
    expect(markdownToPlainText('See **the** [guide](/guides/x/) and `code`.\n\n- item')).toBe('See the guide and code. item');
  });
});
