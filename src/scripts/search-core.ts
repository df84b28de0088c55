/**
 * Search shared by the dialog and the /search/ page: loads Pagefind's index on first use and
 * renders results with DOM calls (no innerHTML of page text apart from escaped excerpts).
 */
import { kindFilter, toResultView, type RawResult, type ResultView } from '../lib/search-results.ts';
import { SEARCH_SCRIPT } from '../lib/search-files.ts';

type ResultHandle = { data: () => Promise<RawResult> };
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: Record<string, unknown>) => Promise<{ results: ResultHandle[] } | null>;
}

let pagefind: Promise<Pagefind | null> | undefined;

/** Loads Pagefind's script, which exists only in a built site (not in `astro dev`). */
export function loadPagefind(): Promise<Pagefind | null> {
  pagefind ??= (async () => {
    try {
      const mod = (await import(/* @vite-ignore */ SEARCH_SCRIPT)) as Pagefind;
      // Favor exact word matches over prefixes ("sql" should find SQL before SQLAlchemy) and
      // penalize long pages less, so a skill's own page beats the many pages that mention it.
      // noWorker: the index of a few hundred pages searches in milliseconds on the main thread,
      // and the web worker would be a second 43 KB script on every first search.
      // metaCacheTag: the index entry file is the same until the next build (see astro.config.mjs).
      await mod.options({ noWorker: true, metaCacheTag: __SEARCH_INDEX_TAG__, excerptLength: 24, ranking: { termSimilarity: 4, pageLength: 0.3 } });
      return mod;
    } catch {
      return null;
    }
  })();
  return pagefind;
}

export const NO_INDEX_MESSAGE =
  'Search works on the built site only: the index is made by "npm run build". Run "npm run build" then "npm run preview" to try it.';

/** How many results a search lists. */
const RESULT_LIMIT = 10;
/**
 * Each result's excerpt is its own small file. Over HTTP/1.1 a browser opens six connections to
 * a host, so ten files take two round trips: the first five are shown as soon as they arrive
 * and the rest are added after.
 */
const FIRST_BATCH = 5;

/** The best results for a query (null when the site has no search index). */
async function find(query: string, kind: string): Promise<ResultHandle[] | null> {
  const pf = await loadPagefind();
  if (!pf) return null;
  const response = await pf.search(query, kindFilter(kind));
  return response ? response.results.slice(0, RESULT_LIMIT) : [];
}

const views = async (handles: ResultHandle[]) => (await Promise.all(handles.map((r) => r.data()))).map((d) => toResultView(d));

function resultItems(results: ResultView[]): HTMLLIElement[] {
  return results.map((r) => {
    const li = document.createElement('li');
    li.className = 'card';
    const head = document.createElement('div');
    head.className = 'flex flex-wrap items-center gap-2';
    const kind = document.createElement('span');
    kind.className = 'kind-badge';
    kind.textContent = r.kind;
    const link = document.createElement('a');
    link.href = r.url;
    link.className = 'font-semibold';
    link.textContent = r.title;
    link.dataset['searchResult'] = '';
    head.append(kind, link);
    const excerpt = document.createElement('p');
    excerpt.className = 'mt-1 text-sm text-muted';
    excerpt.innerHTML = r.excerpt; // escaped by safeExcerpt, only <mark> survives
    li.append(head, excerpt);
    if (r.sections.length) {
      const subs = document.createElement('ul');
      subs.className = 'mt-2 space-y-1 border-l border-line pl-3 text-sm';
      subs.setAttribute('aria-label', `Sections of ${r.title}`);
      for (const s of r.sections) {
        const sli = document.createElement('li');
        const sa = document.createElement('a');
        sa.href = s.url;
        sa.textContent = s.title;
        sa.dataset['searchSection'] = '';
        sli.append(sa);
        subs.append(sli);
      }
      li.append(subs);
    }
    return li;
  });
}

/** Wires an input, kind filters, a status line and a result list together. */
export function bindSearch(form: HTMLElement, onQuery?: (q: string, kind: string) => void): () => void {
  const input = form.querySelector<HTMLInputElement>('[data-search-input]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  const list = form.querySelector<HTMLElement>('[data-search-results]');
  if (!input || !status || !list) throw new Error('search form is missing its input, status or results list');
  let seq = 0;
  const run = async () => {
    const q = input.value.trim();
    const kind = form.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value ?? '';
    onQuery?.(q, kind);
    const mine = ++seq;
    if (!q) { list.replaceChildren(); status.textContent = ''; return; }
    status.textContent = 'Searching…';
    const found = await find(q, kind);
    if (mine !== seq) return;
    if (found === null) { status.textContent = NO_INDEX_MESSAGE; list.replaceChildren(); return; }
    const first = await views(found.slice(0, FIRST_BATCH));
    if (mine !== seq) return;
    status.textContent = found.length === 0 ? `No results for “${q}”.` : `${found.length} result${found.length === 1 ? '' : 's'} for “${q}”.`;
    list.replaceChildren(...resultItems(first));
    if (found.length <= FIRST_BATCH) return;
    const rest = await views(found.slice(FIRST_BATCH));
    if (mine !== seq) return;
    list.append(...resultItems(rest));
  };
  input.addEventListener('input', () => void run());
  form.querySelectorAll('input[name="kind"]').forEach((r) => r.addEventListener('change', () => void run()));
  return () => void run();
}
