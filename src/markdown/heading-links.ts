/**
 * Sätteri hast plugin: gives every h2/h3 in Markdown/MDX a unique id and a visible link to
 * itself, placed after the heading (not inside it, so the heading's accessible name and the
 * table of contents stay clean), following Starlight's AnchorHeading pattern.
 */
import Slugger from 'github-slugger';
import { RESERVED_IDS } from '../lib/reserved-ids.ts';
import { anchorLinkNode } from '../lib/anchor-link.ts';

export const headingLinks = () => {
  const slugger = new Slugger();
  // Ids the layouts use on every page are taken first, so a heading called "Contents" cannot clash.
  for (const id of RESERVED_IDS) slugger.slug(id);
  return {
    name: 'heading-links',
    element: {
      filter: ['h2', 'h3'],
      visit(node: { tagName: string; properties?: Record<string, unknown> }, ctx: {
        textContent: (n: unknown) => string;
        setProperty: (n: unknown, key: string, value: unknown) => void;
        wrapNode: (n: unknown, parent: unknown) => void;
      }) {
        const text = ctx.textContent(node).trim();
        const existing = node.properties?.id;
        const id = typeof existing === 'string' && existing ? existing : slugger.slug(text);
        ctx.setProperty(node, 'id', id);
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading-wrapper', `level-${node.tagName}`] },
          children: [anchorLinkNode(id, text)],
        });
      },
    },
  };
};
