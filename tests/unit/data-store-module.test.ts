import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { dataStoreModule, DATA_STORE_MODULE_ID, isInlineDataStore } from '../../src/lib/data-store-module.ts';

const dir = mkdtempSync(join(tmpdir(), 'data-store-module-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the generated module next to a store file and imports it, as the prerender bundle does. */
async function load(store: string, recordedSize: number): Promise<unknown> {
  const file = join(dir, `store-${recordedSize}-${store.length}.json`);
  writeFileSync(file, store);
  const module = join(dir, `module-${recordedSize}-${store.length}.mjs`);
  writeFileSync(module, dataStoreModule(file, recordedSize));
  return ((await import(pathToFileURL(module).href)) as { default: unknown }).default;
}

describe('the data store read from its file', () => {
  it('exports what the inline module exported: the parsed JSON, non-ASCII text included', async () => {
    const store = JSON.stringify([{ guides: 1 }, 'Café “quotes” – dash', [1, 2, 3]]);
    expect(await load(store, Buffer.byteLength(store))).toEqual(JSON.parse(store));
  });

  it('fails, naming the file, if the store changed after the bundle was built', async () => {
    const store = JSON.stringify(['changed']);
    await expect(load(store, Buffer.byteLength(store) + 1)).rejects.toThrow(/changed while the site was building/);
  });

  it('recognises the inline module Astro emits, and nothing else', () => {
    expect(isInlineDataStore('export default JSON.parse("[1]")')).toBe(true);
    expect(isInlineDataStore('export default new Map()')).toBe(false);
    expect(isInlineDataStore('export default{"guides":[(await import("astro:data-layer-content-chunk:a.txt"))]}')).toBe(false);
  });

  it('matches the installed Astro: its store module id and the inline JSON.parse shape it emits', () => {
    // If Astro changes either, the integration would quietly stop applying (the build only
    // slower): this test is where that shows.
    const consts = readFileSync('node_modules/astro/dist/content/consts.js', 'utf8');
    expect(consts).toContain(`const DATA_STORE_VIRTUAL_ID = "${DATA_STORE_MODULE_ID.slice(1)}"`);
    expect(consts).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID');
    const plugin = readFileSync('node_modules/astro/dist/content/vite-plugin-content-virtual-mod.js', 'utf8');
    expect(plugin).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`');
  });
});
