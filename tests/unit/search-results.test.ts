import { describe, expect, it } from 'vitest';
import { kindFilter, safeExcerpt, toResultView } from '../../src/lib/search-results.ts';

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

describe('kindFilter', () => {
  it('asks for every kind, one kind, or roadmaps with their steps', () => {
    expect(kindFilter('')).toEqual({});
    expect(kindFilter('skill')).toEqual({ filters: { kind: { any: ['skill'] } } });
    expect(kindFilter('roadmap')).toEqual({ filters: { kind: { any: ['roadmap', 'roadmap step'] } } });
  });
});
