import { describe, expect, it } from 'vitest';
import { closest, editDistance, shortTitle } from '../../src/lib/text.ts';
import { canonicalUrl, isCurrentSection, pageTitle } from '../../src/lib/site.ts';

describe('closest', () => {
  it('suggests a near id for a typo', () => {
    expect(editDistance('fastpai', 'fastapi')).toBe(2);
    expect(closest('fastpai', ['fastapi', 'flask', 'django'])).toBe('fastapi');
  });
  it('suggests nothing for an unrelated word or an exact match', () => {
    expect(closest('kubernetes', ['sql', 'pandas'])).toBeUndefined();
    expect(closest('sql', ['sql'])).toBeUndefined();
  });
});

describe('site helpers', () => {
  it('builds canonical URLs with a trailing slash', () => {
    expect(canonicalUrl('/paths/backend-developer', 'https://example.org')).toBe('https://example.org/paths/backend-developer/');
  });
  it('titles pages with the site name', () => {
    expect(pageTitle('FastAPI')).toBe('FastAPI · Python Career Guide');
    expect(pageTitle(undefined)).toMatch(/^Python Career Guide: /);
  });
  it('marks the current section in the navigation', () => {
    expect(isCurrentSection('/skills/', '/skills/sql/')).toBe(true);
    expect(isCurrentSection('/skills/', '/paths/')).toBe(false);
  });
});

describe('shortTitle', () => {
  it('drops a trailing bracketed part only', () => {
    expect(shortTitle('Cloud platforms (AWS, GCP, Azure)')).toBe('Cloud platforms');
    expect(shortTitle('ORMs (SQLAlchemy and Django ORM)')).toBe('ORMs');
    expect(shortTitle('The GIL (global interpreter lock) and concurrency')).toBe('The GIL (global interpreter lock) and concurrency');
    expect(shortTitle('pandas')).toBe('pandas');
    expect(shortTitle('(OOP)')).toBe('(OOP)');
  });
});
