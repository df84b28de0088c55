/**
 * The search dialog: opened from the header button, Ctrl/Cmd+K or "/"; loaded on first open.
 * The input is a WAI-ARIA combobox over the result listbox: ArrowDown/ArrowUp move the active
 * option (results and their sections, in reading order), Enter opens it, Escape closes the
 * dialog and gives focus back to where it was. With no active option, Enter submits to the
 * full search page, whose URL can be shared.
 */
import { bindSearch, loadPagefind, NO_INDEX_MESSAGE } from './search-core.ts';

let ready = false;
/** Where focus was before the dialog opened, to give it back on close. */
let opener: HTMLElement | null = null;
/** Set when the dialog closes because a result was opened: focus then goes with the link. */
let leaving = false;

function wireCombobox(dialog: HTMLDialogElement, input: HTMLInputElement, list: HTMLElement): () => void {
  let active = -1;
  const options = () => [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
  const setActive = (i: number) => {
    const all = options();
    active = all.length === 0 ? -1 : Math.max(-1, Math.min(i, all.length - 1));
    all.forEach((o, j) => o.setAttribute('aria-selected', String(j === active)));
    const current = all[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive(active + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Enter' && active >= 0) {
      const option = options()[active];
      if (!option) return;
      e.preventDefault();
      option.click();
    } else if (e.key === 'Escape') {
      // A search field clears itself on Escape; here Escape means "close", as for the dialog.
      e.preventDefault();
      dialog.close();
    }
  });
  // Opening a result closes the dialog first, so a link to a section of this same page lands there.
  list.addEventListener('click', (e) => {
    if (!(e.target as Element).closest('a')) return;
    leaving = true;
    dialog.close();
  });
  // New results: nothing is active, and the listbox is "expanded" only when it has options.
  return () => {
    active = -1;
    setActive(-1);
    input.setAttribute('aria-expanded', String(options().length > 0));
  };
}

export function openSearchDialog(): void {
  const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
  if (!dialog) return;
  const form = dialog.querySelector<HTMLFormElement>('[data-search-form]');
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]');
  const list = dialog.querySelector<HTMLElement>('[data-search-results]');
  if (!form || !input || !list) return;
  if (!ready) {
    ready = true;
    const onResults = wireCombobox(dialog, input, list);
    bindSearch(form, { combobox: true, onResults });
    dialog.querySelector('[data-close-search]')?.addEventListener('click', () => dialog.close());
    // A click on the backdrop (outside the form) closes the dialog.
    dialog.addEventListener('click', (e) => { if (e.target === dialog) dialog.close(); });
    dialog.addEventListener('close', () => {
      if (!leaving && opener?.isConnected) opener.focus();
      opener = null;
      leaving = false;
    });
    void loadPagefind().then((pf) => {
      if (!pf) {
        const status = dialog.querySelector<HTMLElement>('[data-search-status]');
        if (status) status.textContent = NO_INDEX_MESSAGE;
      }
    });
  }
  if (!dialog.open) {
    opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    dialog.showModal();
  }
  input.focus();
  input.select();
}
