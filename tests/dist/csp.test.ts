/**
 * The Content-Security-Policy of every built page: one meta tag, before any script, listing only
 * hashes of that page's own inline scripts and styles, and every inline script it runs. Framing
 * protection, which a meta policy cannot give, is in _headers and documented for other hosts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { distDir, readPages, type BuiltPage } from '../support/dist.ts';

const root = resolve(import.meta.dirname, '../..');
let dir = '';
let pages: BuiltPage[] = [];
beforeAll(() => { dir = distDir(root); pages = readPages(dir); });

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const policyOf = (html: string) => [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/gi)].map((m) => m[1]!.replace(/&#39;/g, "'"));
const directive = (policy: string, name: string) => policy.split(';').map((d) => d.trim().split(/\s+/)).find((d) => d[0] === name)?.slice(1) ?? [];
/** Inline scripts the browser runs: no src, and a JavaScript type (data blocks such as JSON-LD are not scripts). */
const runnableInline = (html: string) => [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)]
  .filter((m) => !/\ssrc=/.test(m[1]!) && /^(?:|\s+type="module")$/.test(m[1]!.replace(/\s+is:inline/, '')))
  .map((m) => m[2]!);

describe('Content-Security-Policy', () => {
  it('is one meta tag per page, before the first script of any kind', () => {
    const problems: string[] = [];
    for (const p of pages) {
      const policies = policyOf(p.html);
      if (policies.length !== 1) { problems.push(`${p.url}: ${policies.length} CSP meta tags`); continue; }
      const meta = p.html.search(/<meta http-equiv="content-security-policy"/i);
      const script = p.html.search(/<script\b/i);
      if (script !== -1 && script < meta) problems.push(`${p.url}: a script comes before the CSP meta`);
    }
    expect(problems).toEqual([]);
  });

  it('lists only hashes that match inline code on the page, and every inline script the page runs', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const p of pages) {
      const policy = policyOf(p.html)[0] ?? '';
      const scripts = new Set(runnableInline(p.html).map(sha256));
      const styles = new Set([...p.html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]!)));
      const listed = (name: string) => directive(policy, name).filter((s) => /^'sha(256|384|512)-/.test(s));
      for (const h of listed('script-src')) if (!scripts.has(h)) problems.push(`${p.url}: script-src lists ${h}, which matches no inline script`);
      for (const h of listed('style-src')) if (!styles.has(h)) problems.push(`${p.url}: style-src lists ${h}, which matches no inline style`);
      for (const h of scripts) if (!listed('script-src').includes(h)) problems.push(`${p.url}: inline script ${h} is not in script-src`);
      checked += scripts.size;
    }
    expect(problems).toEqual([]);
    // Every page has at least the boot script, so the check above is not empty.
    expect(checked).toBeGreaterThanOrEqual(pages.length);
  });

  it('forbids framing in _headers, and the README says what hosts that ignore _headers must set', () => {
    const headers = readFileSync(join(dir, '_headers'), 'utf8');
    expect(headers).toMatch(/^\s+Content-Security-Policy: frame-ancestors 'none'$/m);
    expect(headers).toMatch(/^\s+X-Frame-Options: DENY$/m);
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = /## Security headers and hosting\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';
    expect(section).toContain("Content-Security-Policy: frame-ancestors 'none'");
    expect(section).toMatch(/ignores `_headers`/);
  });
});
