/**
 * Every built page for sharing and search engines: a unique title and description (this is their
 * one home), a canonical URL naming the page itself, og:/twitter: tags, an og:image whose file exists, and JSON-LD that parses
 * and has the fields its types need.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { distDir, readPages, type BuiltPage } from '../support/dist.ts';

const root = resolve(import.meta.dirname, '../..');
let dir = '';
let pages: BuiltPage[] = [];
beforeAll(() => { dir = distDir(root); pages = readPages(dir); });

const meta = (html: string, attr: 'name' | 'property', key: string) => new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(html)?.[1];
type Ld = Record<string, any>;
const ldOf = (html: string): Ld[] => [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => JSON.parse(m[1]!)['@graph'] as Ld[]);

const REQUIRED: Record<string, string[]> = {
  WebSite: ['name', 'url', 'potentialAction'],
  BreadcrumbList: ['itemListElement'],
  Article: ['headline', 'dateModified', 'author', 'publisher'],
  FAQPage: ['mainEntity'],
  Occupation: ['name', 'description', 'skills', 'estimatedSalary', 'occupationLocation'],
  ItemList: ['name', 'itemListElement', 'numberOfItems'],
};

describe('page metadata', () => {
  it('gives every page a unique title and description and a full set of sharing tags', () => {
    const problems: string[] = [];
    const seenTitle = new Map<string, string>();
    const seenDesc = new Map<string, string>();
    for (const p of pages) {
      const title = /<title>([^<]*)<\/title>/.exec(p.html)?.[1];
      const desc = meta(p.html, 'name', 'description');
      if (!title || !desc) { problems.push(`${p.url}: title or description missing`); continue; }
      if (seenTitle.has(title)) problems.push(`${p.url}: title also on ${seenTitle.get(title)}`); else seenTitle.set(title, p.url);
      if (seenDesc.has(desc)) problems.push(`${p.url}: description also on ${seenDesc.get(desc)}`); else seenDesc.set(desc, p.url);
      if (desc.length < 40) problems.push(`${p.url}: description under 40 characters`);
      const canonical = /<link rel="canonical" href="(https?:\/\/[^"]+\/)"/.exec(p.html)?.[1];
      if (p.url !== '/404.html' && (!canonical || new URL(canonical).pathname !== p.url)) problems.push(`${p.url}: canonical URL ${canonical} is not this page`);
      for (const key of ['og:title', 'og:description', 'og:url', 'og:image', 'og:type']) if (!meta(p.html, 'property', key)) problems.push(`${p.url}: ${key}`);
      for (const key of ['twitter:card', 'twitter:title', 'twitter:description', 'twitter:image']) if (!meta(p.html, 'name', key)) problems.push(`${p.url}: ${key}`);
      const image = meta(p.html, 'property', 'og:image');
      if (image && !existsSync(join(dir, new URL(image).pathname))) problems.push(`${p.url}: og:image ${image} has no file`);
    }
    expect(problems).toEqual([]);
  });

  it('gives every page JSON-LD that parses, with WebSite, BreadcrumbList and the fields each type needs', () => {
    const problems: string[] = [];
    for (const p of pages) {
      let things: Ld[];
      try { things = ldOf(p.html); } catch (e) { problems.push(`${p.url}: JSON-LD does not parse (${String(e)})`); continue; }
      const types = things.map((t) => t['@type']);
      if (!types.includes('WebSite') || !types.includes('BreadcrumbList')) problems.push(`${p.url}: types ${types.join(', ')}`);
      for (const t of things) for (const field of REQUIRED[t['@type']] ?? []) if (t[field] === undefined || (Array.isArray(t[field]) && t[field].length === 0)) problems.push(`${p.url}: ${t['@type']}.${field} missing`);
    }
    expect(problems).toEqual([]);
  });

  it('uses the page-specific type where the page is one', () => {
    const typesAt = (url: string) => ldOf(pages.find((p) => p.url === url)!.html).map((t) => t['@type']);
    expect(typesAt('/guides/job-search/')).toContain('Article');
    expect(typesAt('/faq/')).toContain('FAQPage');
    expect(typesAt('/paths/data-engineer/')).toContain('Occupation');
    expect(typesAt('/roadmaps/beginner-to-job-ready/')).toContain('ItemList');
    const occupation = ldOf(pages.find((p) => p.url === '/paths/backend-developer/')!.html).find((t) => t['@type'] === 'Occupation')!;
    expect(occupation['estimatedSalary'][0]).toMatchObject({ currency: 'USD', minValue: 85000, maxValue: 160000 });
    expect(occupation['estimatedSalary'][0].name).toMatch(/2026/);
    const faq = ldOf(pages.find((p) => p.url === '/faq/')!.html).find((t) => t['@type'] === 'FAQPage')!;
    expect(faq['mainEntity'].length).toBeGreaterThanOrEqual(25);
  });

  it('opens external links safely', () => {
    const unsafe = pages.flatMap((p) => [...p.html.matchAll(/<a\s[^>]*href="https?:\/\/[^"]*"[^>]*>/g)].map((m) => m[0]).filter((a) => !/rel="[^"]*noopener/.test(a)).map((a) => `${p.url}: ${a}`));
    expect(unsafe).toEqual([]);
  });
});
