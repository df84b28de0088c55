/** Table of contents: a two-level tree (h2 with their h3) from a flat list of headings. */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem {
  slug: string;
  text: string;
  children: TocItem[];
}

/** Keeps h2 and h3; an h3 before any h2 becomes a top-level item so nothing is lost. */
export function buildToc(headings: Heading[], minDepth = 2, maxDepth = 3): TocItem[] {
  const items: TocItem[] = [];
  for (const h of headings) {
    if (h.depth < minDepth || h.depth > maxDepth) continue;
    const item: TocItem = { slug: h.slug, text: h.text, children: [] };
    const parent = items.at(-1);
    if (h.depth > minDepth && parent) parent.children.push(item);
    else items.push(item);
  }
  return items;
}
