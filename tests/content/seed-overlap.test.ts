/**
 * Every sentence on the site is ours: the shared seed-overlap tool must find no passage of
 * content/ or src/ that repeats a source document word for word. The tool lives beside the
 * project (../shared/tools); where it is absent this test says so instead of passing quietly.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const tool = resolve(root, '../shared/tools/seed-overlap');

describe('own words', () => {
  it.skipIf(!existsSync(tool))('repeats no source document word for word (content/ and src/)', () => {
    for (const dir of ['content', 'src']) {
      const run = spawnSync('python3', [tool, resolve(root, dir)], { encoding: 'utf8' });
      expect(run.stdout.trim(), `${dir}: ${run.stderr}`).toBe('');
      expect(run.status, dir).toBe(0);
    }
  });
});
