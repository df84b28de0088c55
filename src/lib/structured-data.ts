/**
 * JSON-LD builders: plain data in, schema.org objects (typed with schema-dts) out. BaseLayout
 * puts WebSite and BreadcrumbList on every page; pages add their own type.
 */
import type {
  Article, BreadcrumbList, FAQPage, ItemList, MonetaryAmount, MonetaryAmountDistribution, Occupation, Organization, Thing, WebSite, WithContext,
} from 'schema-dts';

import type { Crumb } from './site.ts';
import type { PathSalaryFigure } from './salary.ts';
import { htmlToPlainText } from './markdown.ts';

const publisher = (siteName: string, siteUrl: string): Organization => ({ '@type': 'Organization', name: siteName, url: siteUrl });

export function websiteLd(siteName: string, siteUrl: string): WebSite {
  return {
    '@type': 'WebSite',
    '@id': `${siteUrl}#website`,
    name: siteName,
    url: siteUrl,
    inLanguage: 'en',
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: `${siteUrl}search/?q={search_term_string}` },
      // schema-dts has no type for the query-input property Google documents.
      ...({ 'query-input': 'required name=search_term_string' } as object),
    },
  };
}

/** The page's trail (the same crumbs the visible breadcrumbs use), with hrefs made absolute against `site`. */
export function breadcrumbLd(crumbs: Crumb[], site: URL | string): BreadcrumbList {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.label, item: new URL(c.href, site).href })),
  };
}

export function articleLd(a: { title: string; description: string; url: string; updated: Date; siteName: string; siteUrl: string }): Article {
  return {
    '@type': 'Article',
    headline: a.title,
    description: a.description,
    url: a.url,
    mainEntityOfPage: a.url,
    dateModified: a.updated.toISOString().slice(0, 10),
    inLanguage: 'en',
    author: publisher(a.siteName, a.siteUrl),
    publisher: publisher(a.siteName, a.siteUrl),
  };
}

/** One question on /faq/: its id (the #anchor), the question, the short answer and the HTML the site rendered for the full one. */
export interface FaqLdInput {
  id: string;
  question: string;
  short: string;
  /** The entry's body as Astro rendered it for the page (`entry.rendered.html`). */
  answerHtml: string | undefined;
}

/** The FAQ page's FAQPage: each answer is the short answer, then the full one's plain text as the page shows it. */
export function faqPageLd(faqs: FaqLdInput[], pageUrl: string): FAQPage {
  return {
    '@type': 'FAQPage',
    mainEntity: faqs.map((f) => {
      if (f.answerHtml === undefined) throw new Error(`FAQ "${f.id}": no rendered answer to put in the FAQPage JSON-LD`);
      const text = `${f.short} ${htmlToPlainText(f.answerHtml)}`.trim();
      return { '@type': 'Question', name: f.question, url: new URL(`#${f.id}`, pageUrl).href, acceptedAnswer: { '@type': 'Answer', text } };
    }),
  };
}

export interface SalaryFigureLd {
  label: string;
  currency: string;
  /** Year the figures describe; null when the source gives none. */
  year: number | null;
  sourceTitle: string;
  min?: number | undefined;
  max?: number | undefined;
  median?: number | undefined;
}

/** A path's salary figures as salaryLd takes them, each naming its source's title. */
export const salaryFiguresLd = (figures: PathSalaryFigure[], sourceTitles: ReadonlyMap<string, string>): SalaryFigureLd[] =>
  figures.map(({ dataset, row }) => ({
    label: row.label, currency: dataset.currency, year: dataset.year, sourceTitle: sourceTitles.get(row.source ?? dataset.source) ?? dataset.source,
    min: row.min, max: row.max, median: dataset.measure === 'median' ? row.value : undefined,
  }));

/** A range becomes a MonetaryAmount; a median a MonetaryAmountDistribution. Both name source and year. */
export function salaryLd(f: SalaryFigureLd): MonetaryAmount | MonetaryAmountDistribution {
  const name = `${f.label}: ${f.sourceTitle}, ${f.year ?? 'undated'}`;
  if (f.median !== undefined) {
    return { '@type': 'MonetaryAmountDistribution', name, currency: f.currency, duration: 'P1Y', median: f.median };
  }
  return {
    '@type': 'MonetaryAmount', name, currency: f.currency,
    ...(f.min !== undefined ? { minValue: f.min } : {}),
    ...(f.max !== undefined ? { maxValue: f.max } : {}),
    ...(f.year !== null ? { validFrom: `${f.year}-01-01` } : {}),
  };
}

export function occupationLd(o: { name: string; description: string; url: string; skills: string[]; salaries: SalaryFigureLd[]; alsoCalled: string[] }): Occupation {
  return {
    '@type': 'Occupation',
    name: o.name,
    description: o.description,
    url: o.url,
    skills: o.skills.join(', '),
    ...(o.alsoCalled.length ? { alternateName: o.alsoCalled } : {}),
    occupationLocation: { '@type': 'Country', name: 'United States' },
    estimatedSalary: o.salaries.map(salaryLd),
  };
}

/** A roadmap as an ordered list of its steps; step URLs are `{url}{step id}/`. */
export function roadmapLd(r: { name: string; description: string; url: string; steps: Array<{ id: string; title: string }> }): ItemList {
  return {
    '@type': 'ItemList',
    name: r.name,
    description: r.description,
    url: r.url,
    numberOfItems: r.steps.length,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    itemListElement: r.steps.map((s, i) => ({ '@type': 'ListItem', position: i + 1, name: s.title, url: new URL(`${s.id}/`, r.url).href })),
  };
}

/** One JSON-LD document for the page: a @graph of everything it describes. */
export function graph(things: Thing[]): WithContext<Thing> & { '@graph': Thing[] } {
  return { '@context': 'https://schema.org', '@graph': things } as WithContext<Thing> & { '@graph': Thing[] };
}

/** JSON for a <script type="application/ld+json">: escaped so content can never close the tag. */
