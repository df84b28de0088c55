/**
 * The path comparison picker: opens the one canonical page of the chosen pair
 * (/compare/{a}-vs-{b}/, the pair sorted by the paths' order), whichever order the reader picked.
 */
import { compareUrl } from '../lib/compare.ts';

const pick = (select: HTMLSelectElement) => {
  const option = select.selectedOptions[0];
  return option ? { id: option.value, order: Number(option.dataset['order'] ?? 0) } : undefined;
};

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-compare-picker]')) {
  const first = form.querySelector<HTMLSelectElement>('[data-compare-first]');
  const second = form.querySelector<HTMLSelectElement>('[data-compare-second]');
  const status = form.querySelector<HTMLElement>('[data-compare-status]');
  if (!first || !second) continue;
  const clear = () => { if (status) status.textContent = ''; };
  first.addEventListener('change', clear);
  second.addEventListener('change', clear);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const a = pick(first);
    const b = pick(second);
    if (!a || !b) return;
    if (a.id === b.id) {
      if (status) status.textContent = 'Choose two different paths to compare.';
      second.focus();
      return;
    }
    location.assign(compareUrl(a, b));
  });
}

// Path pages carry the picker without this script (they load no script up front), so their form
// lands here as /compare/?a=..&b=..; open the pair the reader asked for. Without JavaScript the
// reader stays on this page, which lists every pair.
if (location.pathname === '/compare/' && location.search) {
  const params = new URLSearchParams(location.search);
  const form = document.querySelector<HTMLFormElement>('form[data-compare-picker]');
  const first = form?.querySelector<HTMLSelectElement>('[data-compare-first]');
  const second = form?.querySelector<HTMLSelectElement>('[data-compare-second]');
  const options = first ? [...first.options] : [];
  const a = options.find((o) => o.value === params.get('a'));
  const b = options.find((o) => o.value === params.get('b'));
  if (a && b && a.value !== b.value) {
    location.replace(compareUrl({ id: a.value, order: Number(a.dataset['order'] ?? 0) }, { id: b.value, order: Number(b.dataset['order'] ?? 0) }));
  } else if (a && b && first && second) {
    first.value = a.value;
    second.value = b.value;
    const status = form?.querySelector<HTMLElement>('[data-compare-status]');
    if (status) status.textContent = 'Choose two different paths to compare.';
    second.focus();
  }
}
