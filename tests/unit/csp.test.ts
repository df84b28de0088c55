/** Per-page CSP (src/lib/csp.ts): only this page's hashes, and the meta ahead of every script. */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { pagePolicy, tightenPagePolicy } from '../../src/lib/csp.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const other = hash('console.log("another page")');

describe('tightenPagePolicy', () => {
  const boot = 'document.documentElement.dataset.js="1"';
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title><script type="application/ld+json">{"a":1}</script><script>${boot}</script>`
    + `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hash(boot)} ${other} ${hash('')}; style-src 'self' ${other}">`
    + '</head><body><script type="module" src="/x.js"></script></body></html>';
  const out = tightenPagePolicy(page);

  it('keeps only hashes of inline code on the page (not of data blocks, not of empty src scripts)', () => {
    expect(out).toContain(`script-src 'self' ${hash(boot)};`);
    expect(out).not.toContain(other);
    expect(out).not.toContain(hash(''));
    expect(out).toContain("style-src 'self'\"");
  });
  it('moves the meta right after <meta charset>, before every script', () => {
    expect(out.indexOf('content-security-policy')).toBeLessThan(out.indexOf('<script'));
    expect(out.match(/content-security-policy/g)).toHaveLength(1);
    expect(out.startsWith('<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy"')).toBe(true);
  });
  it('leaves a page without a policy alone and keeps other directives as they are', () => {
    expect(tightenPagePolicy('<html><head></head></html>')).toBe('<html><head></head></html>');
    expect(pagePolicy("default-src 'self'; img-src 'self' data:", '')).toBe("default-src 'self'; img-src 'self' data:");
  });
});
