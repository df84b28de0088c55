/** Reads the content tree from disk for the checker (the only part of it that touches files). */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ContentFile } from './content-check.ts';

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else out.push(full);
  }
  return out;
}

/** Every file under `<root>/content`, with paths relative to root in POSIX form. */
export async function loadContentFiles(root: string): Promise<ContentFile[]> {
  const files = await walk(join(root, 'content'));
  return Promise.all(files.sort().map(async (full) => ({
    file: relative(root, full).split(sep).join('/'),
    text: await readFile(full, 'utf8'),
  })));
}
