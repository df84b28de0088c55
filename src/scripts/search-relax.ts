/**
 * /js/search-relax.js: what search-core.ts needs only when a query finds nothing: relaxing the
 * query, and the suggestions shown when even the relaxed queries find nothing.
 */
import type { SearchSuggestions } from '../lib/search-suggestions.ts';
import { SEARCH_SUGGESTIONS } from '../lib/search-files.ts';

export { relaxedSearch } from '../lib/search-relax.ts';

let suggestions: Promise<SearchSuggestions | null> | undefined;
const loadSuggestions = () => (suggestions ??= fetch(SEARCH_SUGGESTIONS).then((r) => (r.ok ? r.json() as Promise<SearchSuggestions> : null)).catch(() => null));

/** The links offered when nothing matches: popular paths, much-needed skills, the FAQ. */
function suggestionList(s: SearchSuggestions): HTMLElement {
  const box = document.createElement('div');
  box.className = 'text-sm';
  const intro = document.createElement('p');
  intro.className = 'font-semibold';
  intro.textContent = 'Try one of these instead:';
  box.append(intro);
  for (const [label, links] of [['Career paths', s.paths], ['Skills most paths need', s.skills], ['Browse', s.more]] as const) {
    const h = document.createElement('p');
    h.className = 'mt-3 text-muted';
    h.textContent = label;
    const ul = document.createElement('ul');
    ul.className = 'mt-1 flex flex-wrap gap-2';
    ul.setAttribute('aria-label', label);
    for (const l of links) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = l.href;
      a.className = 'chip';
      a.textContent = l.label;
      li.append(a);
      ul.append(li);
    }
    box.append(h, ul);
  }
  return box;
}

/** The suggestions box, or null when the suggestions file cannot be loaded. */
export async function suggestionBlock(): Promise<HTMLElement | null> {
  const s = await loadSuggestions();
  return s ? suggestionList(s) : null;
}
