/** The search dialog: opened from the header button, Ctrl/Cmd+K or "/"; loaded on first open. */
import { bindSearch, loadPagefind, NO_INDEX_MESSAGE } from './search-core.ts';

let ready = false;

export function openSearchDialog(): void {
  const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
  if (!dialog) return;
  const form = dialog.querySelector<HTMLFormElement>('[data-search-form]');
  const input = dialog.querySelector<HTMLInputElement>('[data-search-input]');
  if (!form || !input) return;
  if (!ready) {
    ready = true;
    bindSearch(form);
    dialog.querySelector('[data-close-search]')?.addEventListener('click', () => dialog.close());
    // A click on the backdrop (outside the form) closes the dialog.
    dialog.addEventListener('click', (e) => { if (e.target === dialog) dialog.close(); });
    // Enter submits to the full search page, whose URL can be shared.
    void loadPagefind().then((pf) => {
      if (!pf) {
        const status = dialog.querySelector<HTMLElement>('[data-search-status]');
        if (status) status.textContent = NO_INDEX_MESSAGE;
      }
    });
  }
  if (!dialog.open) dialog.showModal();
  input.focus();
  input.select();
}
