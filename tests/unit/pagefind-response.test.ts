import { afterEach, describe, expect, it, vi } from 'vitest';
import { pathToFileURL } from 'node:url';
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
  afterEach(() => { vi.clearAllMocks(); });
  const run = () => {
    const hook = pagefindIndex().hooks['astro:build:done'] as unknown as (o: object) => Promise<void>;
    return hook({ dir: pathToFileURL('/nonexistent/dist/'), logger: { info: () => {} } });
  };
  it('closes Pagefind when a step fails', async () => {
    const index = { addDirectory: vi.fn(async () => ({ errors: ['cannot read /nonexistent/dist/'], page_count: 0 })) };
    pagefind.createIndex.mockResolvedValue({ errors: [], index });
    await expect(run()).rejects.toThrow('Pagefind could not index the built pages: cannot read /nonexistent/dist/');
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });
  it('closes Pagefind when it cannot start', async () => {
    pagefind.createIndex.mockResolvedValue({ errors: ['no binary'] });
    await expect(run()).rejects.toThrow('Pagefind could not start: no binary');
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });
});
