import { describe, expect, it } from 'vitest';
import { kindFilter, pageLead, SEARCH_FILTERS, safeExcerpt, toResultView } from '../../src/lib/search-results.ts';

describe('safeExcerpt', () => {
  it('keeps match marks', () => {
    expect(safeExcerpt('learn <mark>FastAPI</mark> first')).toBe('learn <mark>FastAPI</mark> first');
  });
  it('drops any other markup so page text cannot inject HTML', () => {
    const out = safeExcerpt('<img src=x onerror=alert(1)><mark>sql</mark><script>bad()</script>');
    expect(out).not.toMatch(/<img|<script|onerror=alert\(1\)>/);
    expect(out).toContain('<mark>sql</mark>');
  });
  it('keeps entities Pagefind already escaped without double-escaping them', () => {
    expect(safeExcerpt('a &lt;b&gt; &amp; c')).toBe('a &lt;b&gt; &amp; c');
  });
});

describe('toResultView', () => {
  it('keeps only real section sub-results, up to the limit', () => {
    const view = toResultView({
      url: '/skills/fastapi/', excerpt: 'x', meta: { title: 'FastAPI', kind: 'Skill' },
      sub_results: [
        { title: 'FastAPI', url: '/skills/fastapi/', excerpt: '' },
        { title: 'What it is', url: '/skills/fastapi/#what-it-is', excerpt: 'a' },
        { title: 'Why', url: '/skills/fastapi/#why', excerpt: 'b' },
      ],
    }, 1);
    expect(view).toMatchObject({ title: 'FastAPI', kind: 'Skill', sections: [{ url: '/skills/fastapi/#what-it-is' }] });
    expect(view.sections).toHaveLength(1);
  });
});

describe('toResultView: the sections that match best, and excerpts from prose', () => {
  const at = (score: number, weight = 1) => [{ weight, balanced_score: score, location: 0 }];
  const raw = {
    url: '/paths/data-engineer/', excerpt: '<mark>Data</mark> engineer', meta: { title: 'Data engineer', kind: 'Career path' },
    content: 'Data engineer. Builds pipelines & <b>warehouses</b>. More prose.',
    weighted_locations: at(100, 10),
    sub_results: [
      { title: 'Data engineer', url: '/paths/data-engineer/', excerpt: '', weighted_locations: at(999) },
      { title: 'What the work is like', url: '/paths/data-engineer/#work', excerpt: 'w', weighted_locations: at(10) },
      { title: 'Salary', url: '/paths/data-engineer/#salary', excerpt: 's', weighted_locations: at(500) },
      { title: 'Ladder', url: '/paths/data-engineer/#ladder', excerpt: 'l', weighted_locations: at(50) },
      { title: 'Tools', url: '/paths/data-engineer/#tools', excerpt: 't', weighted_locations: at(10) },
    ],
  };
  it('lists the best-matching sections first, page order breaking ties, at most three', () => {
    expect(toResultView(raw).sections.map((s) => s.url.split('#')[1])).toEqual(['salary', 'ladder', 'work']);
  });
  it('never lists a FAQ answer as a section of itself', () => {
    const faq = { url: '/faq/#do-i-need-a-degree', excerpt: 'x', meta: { title: 'Do I need a degree?' }, sub_results: [{ title: 'Do I need a degree?', url: '/faq/#do-i-need-a-degree', excerpt: 'x' }] };
    expect(toResultView(faq).sections).toEqual([]);
  });
  it('keeps the prose excerpt when prose or headings matched', () => {
    expect(toResultView(raw).excerpt).toBe('<mark>Data</mark> engineer');
  });
  it('shows the start of the page, escaped, when only low-weight text (an alias list) matched', () => {
    const aliasOnly = { ...raw, excerpt: 'k8s kube <mark>k8s</mark>', weighted_locations: at(3, 0.5) };
    expect(toResultView(aliasOnly).excerpt).toBe('Builds pipelines &amp; &lt;b&gt;warehouses&lt;/b&gt;. More prose.');
  });
  it('cuts the start of the page to a few words after the title', () => {
    expect(pageLead('Kubernetes. Runs containers in production at scale.', 'Kubernetes', 3)).toBe('Runs containers in …');
  });
});

describe('SEARCH_FILTERS', () => {
  it('starts with "All", has unique values, and every filter but "All" names its kinds', () => {
    expect(SEARCH_FILTERS[0]).toEqual({ value: '', label: 'All', kinds: [] });
    expect(new Set(SEARCH_FILTERS.map((f) => f.value)).size).toBe(SEARCH_FILTERS.length);
    for (const f of SEARCH_FILTERS.slice(1)) expect(f.kinds.length, f.label).toBeGreaterThan(0);
  });
});

describe('kindFilter', () => {
  it('asks for every kind, one kind, or roadmaps with their steps', () => {
    expect(kindFilter('')).toEqual({});
    expect(kindFilter('skill')).toEqual({ filters: { kind: { any: ['skill'] } } });
    expect(kindFilter('roadmap')).toEqual({ filters: { kind: { any: ['roadmap', 'roadmap step'] } } });
  });
});
