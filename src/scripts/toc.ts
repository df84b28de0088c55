/** Marks the table-of-contents link of the section in view with aria-current="location". */
import { activeSection } from '../lib/toc-active.ts';

export function trackSections(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc] a[href^="#"]')];
  const ids = [...new Set(links.map((a) => decodeURIComponent(a.hash.slice(1))))];
  const headings = ids.map((id) => document.getElementById(id)).filter((h): h is HTMLElement => h !== null);
  if (headings.length === 0) return;
  let current: string | undefined;
  const update = () => {
    const hash = decodeURIComponent(location.hash.slice(1));
    const next = activeSection(headings.map((h) => ({ id: h.id, top: h.getBoundingClientRect().top })), 120,
      hash ? { id: hash, viewportHeight: innerHeight } : undefined);
    if (next === current) return;
    current = next;
    for (const a of links) {
      if (decodeURIComponent(a.hash.slice(1)) === current) a.setAttribute('aria-current', 'location');
      else a.removeAttribute('aria-current');
    }
  };
  let queued = false;
  addEventListener('scroll', () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => { queued = false; update(); });
  }, { passive: true });
  addEventListener('hashchange', update);
  update();
}
