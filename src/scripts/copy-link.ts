/**
 * Copy link: a section's link control puts the full URL (with its #fragment) on the clipboard,
 * moves to the section, and says so visibly and to screen readers. Loaded on first use.
 */
export async function copyLink(anchor: HTMLAnchorElement): Promise<void> {
  const url = new URL(anchor.href, location.href);
  const status = document.getElementById('copy-status');
  // Going to the fragment the usual way keeps :target styling and the browser history right.
  if (location.hash !== url.hash) location.hash = url.hash;
  let message: string;
  try {
    await navigator.clipboard.writeText(url.href);
    message = 'Link copied to the clipboard';
    anchor.dataset['copied'] = 'true';
    setTimeout(() => { delete anchor.dataset['copied']; }, 2500);
  } catch {
    message = 'Could not copy automatically: the link to this section is now in the address bar';
  }
  if (status) {
    status.textContent = `${message}: ${url.href}`;
    status.hidden = false;
    clearTimeout(Number(status.dataset['timer']));
    status.dataset['timer'] = String(setTimeout(() => { status.hidden = true; status.textContent = ''; }, 4000));
  }
}
