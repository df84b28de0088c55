/** /search/?q=...: runs the query from the URL and keeps the URL in step, so it can be shared. */
import { bindSearch, loadPagefind } from './search-core.ts';

// A reader on this page is here to search: start the engine (preloaded by the page) now.
void loadPagefind();

const form = document.querySelector<HTMLFormElement>('[data-search-page]');
if (form) {
  const params = new URLSearchParams(location.search);
  const input = form.querySelector<HTMLInputElement>('[data-search-input]');
  if (input) input.value = params.get('q') ?? '';
  const kind = params.get('kind') ?? '';
  const radio = form.querySelector<HTMLInputElement>(`input[name="kind"][value="${CSS.escape(kind)}"]`);
  if (radio) radio.checked = true;
  const { run } = bindSearch(form, { onQuery: (q, k) => {
    const url = new URL(location.href);
    if (q) url.searchParams.set('q', q); else url.searchParams.delete('q');
    if (k) url.searchParams.set('kind', k); else url.searchParams.delete('kind');
    history.replaceState(null, '', url);
  } });
  run();
}
