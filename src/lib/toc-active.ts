/**
 * Which section is "in view": the last heading whose top has scrolled above the threshold line
 * (px from the viewport top), or the first heading when none has yet. A section the reader was
 * sent to by a #link (`preferred`) wins while its heading is on screen, even when it sits too
 * close to the end of the page to scroll up to the line, unless the reader has scrolled on past
 * a later heading.
 */
export function activeSection(
  headings: Array<{ id: string; top: number }>,
  threshold: number,
  preferred?: { id: string; viewportHeight: number },
): string | undefined {
  let index = headings.length > 0 ? 0 : -1;
  headings.forEach((h, i) => { if (h.top <= threshold) index = i; });
  if (preferred) {
    const p = headings.findIndex((h) => h.id === preferred.id);
    const top = headings[p]?.top;
    if (p > index && top !== undefined && top >= 0 && top < preferred.viewportHeight) index = p;
  }
  return headings[index]?.id;
}
