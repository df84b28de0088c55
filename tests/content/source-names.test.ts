/**
 * Each source is named one way: every prose link to a source (`[name](/sources/#id)`) uses that
 * source's `shortTitle` from content/sources.yaml, or its `title` when it has none. Readers then
 * meet one name per publication, and the /sources/ page says which name stands for which entry.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { loadContentFiles } from '../../src/lib/content-files.ts';
import type { ContentFile } from '../../src/lib/content-check.ts';

const root = resolve(import.meta.dirname, '../..');
let files: ContentFile[] = [];
let names = new Map<string, string>();

beforeAll(async () => {
  files = await loadContentFiles(root);
  const sources = parse(files.find((f) => f.file === 'content/sources.yaml')!.text) as Array<{ id: string; title: string; shortTitle?: string }>;
  names = new Map(sources.map((s) => [s.id, s.shortTitle ?? s.title]));
});

/** Markdown link text as a reader sees it: escapes removed, line breaks as spaces. */
const shown = (text: string) => text.replace(/\\([*_`[\]])/g, '$1').replace(/\s+/g, ' ').trim();

describe('source names', () => {
  it('links every source under its one name', () => {
    const wrong: string[] = [];
    for (const f of files) {
      for (const m of f.text.matchAll(/\[([^\]]+)\]\(\/sources\/#([a-z0-9-]+)\)/g)) {
        const expected = names.get(m[2]!);
        if (expected !== undefined && shown(m[1]!) !== expected) {
          const line = f.text.slice(0, m.index).split('\n').length;
          wrong.push(`${f.file}:${line}: "${shown(m[1]!)}" should read "${expected}"`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
