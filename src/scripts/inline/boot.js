// The one script every page runs up front, inlined in <head> (minified at build, hashed for the
// CSP): it applies a remembered theme before first paint, then waits for the reader to act
// before loading anything else from /js/ (search, copy link, theme change, ToC marking).
(() => {
  const doc = document;
  const root = doc.documentElement;
  const load = (name) => import(`/js/${name}.js`);
  let stored;
  try { stored = localStorage.getItem('theme'); } catch {}
  if (stored == 'light' || stored == 'dark') root.dataset.theme = stored;
  doc.addEventListener('DOMContentLoaded', () => {
    const select = doc.querySelector('[data-theme-select]');
    if (select) {
      select.value = root.dataset.theme || 'system';
      select.onchange = () => load('theme').then((m) => m.setTheme(select.value));
    }
    if (doc.querySelector('[data-toc]')) {
      const track = () => load('toc').then((m) => m.trackSections());
      location.hash ? track() : addEventListener('scroll', track, { once: 1 });
    }
  });
  const search = () => load('search-dialog').then((m) => m.openSearchDialog());
  doc.addEventListener('click', (e) => {
    const a = e.target.closest?.('[data-open-search],a[data-copy-link]');
    if (!a || e.button || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    a.hasAttribute('data-open-search') ? search() : load('copy-link').then((m) => m.copyLink(a));
  });
  doc.addEventListener('keydown', (e) => {
    const mod = e.ctrlKey || e.metaKey;
    const t = e.target;
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) || t.isContentEditable;
    if ((mod && e.key.toLowerCase() == 'k') || (e.key == '/' && !mod && !typing)) {
      e.preventDefault();
      search();
    }
  });
})();
