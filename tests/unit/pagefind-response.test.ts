import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pageRendered, setPageSink } from '../../src/lib/page-sink.ts';
import { checked } from '../../src/lib/pagefind-response.ts';

const pagefind = vi.hoisted(() => ({ createIndex: vi.fn(), close: vi.fn(async () => {}) }));
vi.mock('pagefind', () => pagefind);
const { pagefindIndex } = await import('../../src/integrations/pagefind.ts');

describe('checked (Pagefind responses)', () => {
  it('passes a response without errors through, or the field asked for', () => {
    expect(checked('write its files', { errors: [], outputPath: 'x' })).toEqual({ errors: [], outputPath: 'x' });
    expect(checked('start', { errors: [], index: 42 }, 'index')).toBe(42);
  });
  it('throws an error naming the step and every error Pagefind gave', () => {
    expect(() => checked('index the built pages', { errors: ['bad html', 'no body'] })).toThrow('Pagefind could not index the built pages: bad html; no body');
  });
  it('throws when a field the step must return is missing', () => {
    expect(() => checked('start', { errors: [], index: undefined }, 'index')).toThrow('Pagefind could not start: it returned no index');
  });
});

describe('pagefindIndex', () => {
  const dist = mkdtempSync(join(tmpdir(), 'pagefind-dist-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  afterEach(() => { vi.clearAllMocks(); setPageSink('pagefind-index', undefined); });
  const hooks = () => {
    const { hooks } = pagefindIndex();
    return {
      start: hooks['astro:build:start'] as unknown as () => Promise<void>,
      done: hooks['astro:build:done'] as unknown as (o: object) => Promise<void>,
    };
  };
  it('indexes each page handed over as it renders, and closes Pagefind when a page fails', async () => {
    const index = { addHTMLFile: vi.fn(async () => ({ errors: ['no body'], file: undefined })) };
    pagefind.createIndex.mockResolvedValue({ errors: [], index });
    const { start, done } = hooks();
    await start();
    pageRendered('/skills/django/', '<html><body>django</body></html>');
    expect(index.addHTMLFile).toHaveBeenCalledWith({ sourcePath: 'skills/django/index.html', content: '<html><body>django</body></html>' });
    await expect(done({ dir: pathToFileURL(`${dist}/`), logger: { info: () => {} } })).rejects.toThrow('Pagefind could not index skills/django/index.html: no body');
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });
  it('closes Pagefind when it cannot start', async () => {
    pagefind.createIndex.mockResolvedValue({ errors: ['no binary'] });
    await expect(hooks().start()).rejects.toThrow('Pagefind could not start: no binary');
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });
});
