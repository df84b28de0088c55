/**
 * Sätteri hast plugin: links in Markdown that leave the site get rel="noopener", so a page
 * opened from them can never reach back into ours.
 */
export const externalLinks = () => ({
  name: 'external-links',
  element: {
    filter: ['a'],
    visit(node: { properties?: Record<string, unknown> }, ctx: { setProperty: (n: unknown, key: string, value: unknown) => void }) {
      const href = node.properties?.['href'];
      if (typeof href === 'string' && /^https?:\/\//.test(href)) ctx.setProperty(node, 'rel', 'noopener');
    },
  },
});
