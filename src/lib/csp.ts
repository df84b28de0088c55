/**
 * Per-page Content-Security-Policy, as plain text in and out. Astro writes one policy with the
 * hashes of every inline script and style of the whole build into each page's <meta>, after
 * the layout's own head content. `tightenPagePolicy` keeps in each page only the hashes that
 * match an inline script or style of that page, and moves the meta to the top of <head>, so it
 * is in force before the first inline script runs. The integration in
 * src/integrations/csp-per-page.ts applies it to every built page.
 */
import { createHash } from 'node:crypto';

const CSP_META = /<meta\s+http-equiv=["']content-security-policy["']\s+content=(?:"([^"]*)"|'([^']*)')\s*\/?>/gi;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
/** Script types the browser runs (anything else, such as application/json, is a data block). */
const RUNNABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);

const attr = (attrs: string, name: string): string | undefined => {
  const m = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(attrs);
  return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
};

const digest = (algorithm: string, text: string): string => `${algorithm}-${createHash(algorithm).update(text).digest('base64')}`;

/** The inline scripts a page runs and its inline styles, as the text a CSP hash covers. */
export function inlineCode(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  for (const m of html.matchAll(SCRIPT)) {
    const attrs = m[1] ?? '';
    if (attr(attrs, 'src') !== undefined) continue;
    if (!RUNNABLE.has((attr(attrs, 'type') ?? '').trim().toLowerCase())) continue;
    scripts.push(m[2] ?? '');
  }
  const styles = [...html.matchAll(STYLE)].map((m) => m[1] ?? '');
  return { scripts, styles };
}

const HASH = /^'(sha256|sha384|sha512)-[A-Za-z0-9+/=]+'$/;

/** The policy with, in script-src and style-src, only the hashes of code in `html`. */
export function pagePolicy(policy: string, html: string): string {
  const { scripts, styles } = inlineCode(html);
  const hashesFor = (texts: string[]) => {
    const out = new Set<string>();
    for (const algorithm of ['sha256', 'sha384', 'sha512']) for (const t of texts) out.add(`'${digest(algorithm, t)}'`);
    return out;
  };
  const present: Record<string, Set<string>> = { 'script-src': hashesFor(scripts), 'style-src': hashesFor(styles) };
  return policy.split(';').map((d) => d.trim()).filter(Boolean).map((directive) => {
    const [name = '', ...sources] = directive.split(/\s+/);
    const keep = present[name.toLowerCase()];
    return [name, ...(keep ? sources.filter((s) => !HASH.test(s) || keep.has(s)) : sources)].join(' ');
  }).join('; ');
}

/**
 * The page with its CSP meta tightened (see pagePolicy) and placed right after <meta charset>
 * (or first in <head>), ahead of every script. A page without a CSP meta is returned as is.
 */
export function tightenPagePolicy(html: string): string {
  const metas = [...html.matchAll(CSP_META)];
  if (metas.length === 0) return html;
  const policy = metas.map((m) => (m[1] ?? m[2] ?? '').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&')).join('; ');
  const without = html.replace(CSP_META, '');
  const meta = `<meta http-equiv="content-security-policy" content="${pagePolicy(policy, without).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
  const charset = /<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i.exec(without);
  if (charset) return `${without.slice(0, charset.index + charset[0].length)}${meta}${without.slice(charset.index + charset[0].length)}`;
  const head = /<head\b[^>]*>/i.exec(without);
  if (!head) return html;
  return `${without.slice(0, head.index + head[0].length)}${meta}${without.slice(head.index + head[0].length)}`;
}
