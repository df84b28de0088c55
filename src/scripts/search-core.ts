/**
 * Search shared by the dialog and the /search/ page: loads Pagefind's index on first use, runs
 * the query through src/lib/search-engine.ts (ranking, relaxed queries) and renders results with
 * DOM calls (no innerHTML of page text apart from escaped excerpts).
 */
import { PAGEFIND_OPTIONS, runSearch, type Engine } from '../lib/search-engine.ts';
import { toResultView, type RawResult, type ResultView } from '../lib/search-results.ts';
import { SEARCH_RELAX_SCRIPT, SEARCH_SCRIPT } from '../lib/search-files.ts';

/**
 * What a search that finds nothing needs (relaxing the query, the suggestions) is loaded from
 * its own URL, only then, so a first search that finds something does not download it.
 */
const loadRelax = (): Promise<typeof import('./search-relax.ts')> => import(/* @vite-ignore */ SEARCH_RELAX_SCRIPT);

type ResultHandle = { id: string; score: number; data: () => Promise<RawResult> };
interface Pagefind extends Engine {
  options: (o: Record<string, unknown>) => Promise<void>;
}

let pagefind: Promise<Pagefind | null> | undefined;

/** Loads Pagefind's script, which exists only in a built site (not in `astro dev`). */
export function loadPagefind(): Promise<Pagefind | null> {
  pagefind ??= (async () => {
    try {
      const mod = (await import(/* @vite-ignore */ SEARCH_SCRIPT)) as Pagefind;
      // metaCacheTag: the index entry file is the same until the next build (see astro.config.mjs).
      await mod.options({ ...PAGEFIND_OPTIONS, metaCacheTag: __SEARCH_INDEX_TAG__ });
      return mod;
    } catch {
      return null;
    }
  })();
  return pagefind;
}

export const NO_INDEX_MESSAGE =
  'Search works on the built site only: the index is made by "npm run build". Run "npm run build" then "npm run preview" to try it.';

/**
 * How many results are shown at first, and added by each "Show more". Each result's excerpt is
 * its own file (2-5 KB): five keep a first search under its 150 KB budget and arrive in one round
 * trip over HTTP/1.1 (six connections a host); the count says how many more there are.
 */
export const PAGE_SIZE = 5;

const views = async (handles: ResultHandle[]) => (await Promise.all(handles.map((r) => r.data()))).map((d: RawResult) => toResultView(d));

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "23 results for “python”, showing 10." */
export function statusText(outcome: { query: string; relaxedFrom?: string | undefined; total: number; shown: number }): string {
  const { query, relaxedFrom, total, shown } = outcome;
  const showing = shown < total ? `, showing ${shown}` : '';
  if (relaxedFrom) return `No results for “${relaxedFrom}”. Showing ${plural(total, 'result')} for “${query}” instead${showing}.`;
  return total === 0 ? `No results for “${query}”.` : `${plural(total, 'result')} for “${query}”${showing}.`;
}

let optionSeq = 0;

/**
 * One list item per result. In a combobox (the dialog) every link is an option of the listbox,
 * reached with the arrow keys rather than Tab; on the search page they are ordinary links.
 */
function resultItems(results: ResultView[], combobox: boolean): HTMLLIElement[] {
  return results.map((r) => {
    const n = ++optionSeq;
    const li = document.createElement('li');
    li.className = 'card search-result';
    const head = document.createElement('div');
    head.className = 'flex flex-wrap items-center gap-2';
    const kind = document.createElement('span');
    kind.className = 'kind-badge';
    kind.textContent = r.kind;
    kind.id = `search-kind-${n}`;
    const link = document.createElement('a');
    link.href = r.url;
    link.className = 'font-semibold';
    link.textContent = r.title;
    link.dataset['searchResult'] = '';
    head.append(kind, link);
    const excerpt = document.createElement('p');
    excerpt.className = 'mt-1 text-sm text-muted';
    excerpt.id = `search-excerpt-${n}`;
    excerpt.innerHTML = r.excerpt; // escaped by toResultView, only <mark> survives
    li.append(head, excerpt);
    if (combobox) {
      li.setAttribute('role', 'group');
      li.setAttribute('aria-label', r.title);
      asOption(link, `search-option-${n}`, `${kind.id} ${excerpt.id}`);
    }
    if (r.sections.length) {
      const subs = document.createElement('ul');
      subs.className = 'mt-2 space-y-1 border-l border-line pl-3 text-sm';
      if (combobox) subs.setAttribute('role', 'none'); else subs.setAttribute('aria-label', `Sections of ${r.title}`);
      r.sections.forEach((s, i) => {
        const sli = document.createElement('li');
        const sa = document.createElement('a');
        sa.href = s.url;
        sa.textContent = s.title;
        sa.dataset['searchSection'] = '';
        if (combobox) {
          sli.setAttribute('role', 'none');
          asOption(sa, `search-option-${n}-${i}`);
          sa.setAttribute('aria-label', `${s.title}, section of ${r.title}`);
        }
        sli.append(sa);
        subs.append(sli);
      });
      li.append(subs);
    }
    return li;
  });
}

function asOption(a: HTMLAnchorElement, id: string, describedBy?: string): void {
  a.id = id;
  a.setAttribute('role', 'option');
  a.setAttribute('aria-selected', 'false');
  a.tabIndex = -1;
  if (describedBy) a.setAttribute('aria-describedby', describedBy);
}

export interface SearchBinding {
  /** Runs the search for the input's current value. */
  run: () => void;
  /** The result list (the listbox in a combobox). */
  list: HTMLElement;
}

/**
 * Wires an input, kind filters, a status line, a result list, a "Show more" button and a
 * suggestions box together. `combobox` renders results as listbox options (the dialog).
 */
export function bindSearch(form: HTMLElement, opts: { onQuery?: (q: string, kind: string) => void; onResults?: () => void; combobox?: boolean } = {}): SearchBinding {
  const input = form.querySelector<HTMLInputElement>('[data-search-input]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  const list = form.querySelector<HTMLElement>('[data-search-results]');
  const more = form.querySelector<HTMLButtonElement>('[data-search-more]');
  const suggest = form.querySelector<HTMLElement>('[data-search-suggestions]');
  if (!input || !status || !list || !more || !suggest) throw new Error('search form is missing its input, status, results list, "Show more" button or suggestions box');
  const combobox = opts.combobox ?? false;
  let seq = 0;
  let current: { query: string; relaxedFrom?: string | undefined; results: ResultHandle[]; shown: number } | undefined;

  const setStatus = () => {
    if (!current) return;
    status.textContent = statusText({ query: current.query, relaxedFrom: current.relaxedFrom, total: current.results.length, shown: current.shown });
    more.hidden = current.shown >= current.results.length;
    more.textContent = `Show ${Math.min(PAGE_SIZE, current.results.length - current.shown)} more`;
  };

  const reset = () => {
    list.replaceChildren();
    suggest.replaceChildren();
    suggest.hidden = true;
    more.hidden = true;
    current = undefined;
    opts.onResults?.();
  };

  const run = async () => {
    const q = input.value.trim();
    const kind = form.querySelector<HTMLInputElement>('input[name="kind"]:checked')?.value ?? '';
    opts.onQuery?.(q, kind);
    const mine = ++seq;
    if (!q) { reset(); status.textContent = ''; return; }
    status.textContent = 'Searching…';
    const pf = await loadPagefind();
    if (mine !== seq) return;
    if (!pf) { reset(); status.textContent = NO_INDEX_MESSAGE; return; }
    const outcome = await runSearch<ResultHandle>(pf, q, kind, loadRelax);
    if (mine !== seq) return;
    const page = outcome.results.slice(0, PAGE_SIZE);
    const first = await views(page);
    if (mine !== seq) return;
    reset();
    current = { ...outcome, shown: page.length };
    list.append(...resultItems(first, combobox));
    setStatus();
    opts.onResults?.();
    if (outcome.results.length === 0) {
      const block = await (await loadRelax()).suggestionBlock();
      if (mine !== seq || !block) return;
      suggest.replaceChildren(block);
      suggest.hidden = false;
      return;
    }
  };

  const showMore = async () => {
    if (!current) return;
    const mine = seq;
    const next = current.results.slice(current.shown, current.shown + PAGE_SIZE);
    const items = resultItems(await views(next), combobox);
    if (mine !== seq || !current) return;
    list.append(...items);
    current.shown += next.length;
    setStatus();
    opts.onResults?.();
    // The button hides when everything is shown; keep focus in the form.
    if (more.hidden) (combobox ? input : items[0]?.querySelector('a') ?? input).focus();
  };

  input.addEventListener('input', () => void run());
  more.addEventListener('click', () => void showMore());
  form.querySelectorAll('input[name="kind"]').forEach((r) => r.addEventListener('change', () => void run()));
  return { run: () => void run(), list };
}
