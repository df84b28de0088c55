/**
 * The "link to this section" control, as plain hast data so both the Markdown plugin and
 * Astro components render the same markup. The visible mark is an icon; screen readers hear
 * "Link to section: <heading>".
 */
export const LINK_ICON_PATH =
  'M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a3 3 0 1 1 4.2 4.2l-2 2a1 1 0 0 1-1.4-1.4l2-2a1 1 0 0 0-1.4-1.4l-3.5 3.5a1 1 0 0 1-1.4 0Zm2.8-2.8a1 1 0 0 1 0 1.4l-3.5 3.5a3 3 0 1 1-4.2-4.2l2-2a1 1 0 0 1 1.4 1.4l-2 2a1 1 0 0 0 1.4 1.4l3.5-3.5a1 1 0 0 1 1.4 0Z';

export const anchorLabel = (headingText: string): string => `Link to section: ${headingText}`;

export const anchorLinkNode = (id: string, headingText: string) => ({
  type: 'element',
  tagName: 'a',
  properties: { className: ['anchor-link'], href: `#${id}`, 'data-copy-link': '', 'data-pagefind-ignore': '' },
  children: [
    { type: 'element', tagName: 'span', properties: { className: ['sr-only'] }, children: [{ type: 'text', value: anchorLabel(headingText) }] },
    {
      type: 'element', tagName: 'svg',
      properties: { width: '16', height: '16', viewBox: '0 0 24 24', 'aria-hidden': 'true', fill: 'currentColor' },
      children: [{ type: 'element', tagName: 'path', properties: { d: LINK_ICON_PATH }, children: [] }],
    },
  ],
});
