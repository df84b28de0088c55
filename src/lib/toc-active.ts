/**
 * Which section is "in view": the last heading whose top has scrolled above the threshold line
 * (px from the viewport top), or the first heading when none has yet.
 */
export function activeSection(headings: Array<{ id: string; top: number }>, threshold: number): string | undefined {
  let active = headings[0]?.id;
  for (const h of headings) {
    if (h.top <= threshold) active = h.id;
    else break;
  }
  return active;
}
