/**
 * The only script every page loads up front, kept tiny: it wires the theme choice and waits for
 * the reader to act before loading anything else (search on open, ToC marking on first scroll).
 */
const root = document.documentElement;

// Theme: the inline head script already applied a remembered choice; here we sync the control.
const select = document.querySelector<HTMLSelectElement>('[data-theme-select]');
if (select) {
  let stored: string | null = null;
  try { stored = localStorage.getItem('theme'); } catch { /* storage blocked: follow the system */ }
  select.value = stored === 'light' || stored === 'dark' ? stored : 'system';
  select.addEventListener('change', () => {
    const choice = select.value;
    try {
      if (choice === 'system') localStorage.removeItem('theme');
      else localStorage.setItem('theme', choice);
    } catch { /* the choice still applies to this page */ }
    if (choice === 'system') delete root.dataset['theme'];
    else root.dataset['theme'] = choice;
  });
}

// Search: loaded the first time a reader opens it.
const openSearch = () => import('./search-dialog.ts').then((m) => m.openSearchDialog());
const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));
document.addEventListener('click', (e) => {
  const trigger = (e.target as Element | null)?.closest?.('[data-open-search]');
  if (trigger && !(e as MouseEvent).ctrlKey && !(e as MouseEvent).metaKey) { e.preventDefault(); void openSearch(); }
});
document.addEventListener('keydown', (e) => {
  const combo = (e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey);
  const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isTyping(e.target);
  if (combo || slash) { e.preventDefault(); void openSearch(); }
});

// Copy link: a section's link control copies its full URL (code loaded on first use).
document.addEventListener('click', (e) => {
  const me = e as MouseEvent;
  if (me.button !== 0 || me.ctrlKey || me.metaKey || me.shiftKey || me.altKey) return;
  const anchor = (e.target as Element | null)?.closest?.('a[data-copy-link]');
  if (!(anchor instanceof HTMLAnchorElement)) return;
  e.preventDefault();
  void import('./copy-link.ts').then((m) => m.copyLink(anchor));
});

// Table of contents: mark the section in view once the reader starts moving through the page.
if (document.querySelector('[data-toc]')) {
  const start = () => { void import('./toc.ts').then((m) => m.trackSections()); };
  if (location.hash) start();
  else addEventListener('scroll', start, { once: true, passive: true });
}
