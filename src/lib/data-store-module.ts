/**
 * The module that replaces Astro's inline data store in the prerender bundle
 * (src/integrations/data-store-file.ts): it reads the store's JSON file when it is imported.
 */

/** Astro's resolved id for its content data store module. */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

/** Astro's single-file store module is the whole store as one string, parsed as JSON. */
export function isInlineDataStore(code: string): boolean {
  return code.startsWith('export default JSON.parse(') && code.trimEnd().endsWith(')');
}

/**
 * Source of a module whose default export is the parsed JSON of `file`, as Astro's inline module
 * exports it. It throws if the file no longer has the size it had when the bundle was built.
 */
export function dataStoreModule(file: string, size: number): string {
  const path = JSON.stringify(file);
  return [
    "import { readFileSync } from 'node:fs';",
    `const text = readFileSync(${path}, 'utf8');`,
    `if (Buffer.byteLength(text) !== ${size}) throw new Error(${JSON.stringify(`The content data store ${file} changed while the site was building (it had ${size} bytes): build again.`)});`,
    'export default JSON.parse(text);',
    '',
  ].join('\n');
}
