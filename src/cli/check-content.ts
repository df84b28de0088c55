/**
 * `npm run check:content [dir]`: validates every content file and prints every mistake as
 * `file:line field: expected X, found Y`. Exits 1 when there is any, so it can gate the build.
 */
import { resolve } from 'node:path';
import { checkContent, formatProblem } from '../lib/content-check.ts';
import { loadContentFiles } from '../lib/content-files.ts';

const root = resolve(process.argv[2] ?? '.');
const files = await loadContentFiles(root);
const problems = checkContent(files);
for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  console.error(`\n${problems.length} content problem${problems.length === 1 ? '' : 's'} in ${new Set(problems.map((p) => p.file)).size} file(s).`);
  process.exit(1);
}
console.log(`Content OK: ${files.length} files checked.`);
