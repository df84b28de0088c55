/**
 * The inline boot script, minified once, and its CSP hash. BaseLayout prints the script and
 * astro.config.mjs gives its hash to the Content-Security-Policy, both from this one place,
 * so the two can never disagree. Paths are from the project root: this module also runs from
 * Astro's prerender bundle, where import.meta.url points elsewhere.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

let cached: string | undefined;

export function inlineBootScript(): string {
  cached ??= transformSync(readFileSync(join(process.cwd(), 'src/scripts/inline/boot.js'), 'utf8'), {
    minify: true, target: 'es2020', format: 'esm', legalComments: 'none',
  }).code.trim();
  return cached;
}

export const inlineBootHash = (): `sha256-${string}` => `sha256-${createHash('sha256').update(inlineBootScript()).digest('base64')}`;
