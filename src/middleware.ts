/**
 * Every HTML page, as it renders: its Content-Security-Policy is narrowed to the hashes of its
 * own inline code (src/lib/csp.ts), and the finished page is handed to the build integrations
 * (src/lib/page-sink.ts). Other responses (scripts, JSON, robots.txt) pass through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { tightenPagePolicy } from './lib/csp.ts';
import { pageRendered } from './lib/page-sink.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = tightenPagePolicy(await response.text());
  pageRendered(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
