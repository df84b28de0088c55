/**
 * Sätteri hast plugin: code blocks can scroll sideways, so each gets tabindex="0" to let
 * keyboard users reach and scroll it (Prism, unlike Shiki, does not add one).
 * Code blocks are also left out of the search index (data-pagefind-ignore): identifiers in
 * samples made nonsense queries "match" and showed raw code as excerpts. Names that matter
 * (libraries, commands) are in the prose around them, and inline `code` stays indexed.
 */
export const focusableCodeBlocks = () => ({
  name: 'focusable-code-blocks',
  element: {
    filter: ['pre'],
    visit(node: unknown, ctx: { setProperty: (n: unknown, key: string, value: unknown) => void }) {
      ctx.setProperty(node, 'tabIndex', 0);
      ctx.setProperty(node, 'dataPagefindIgnore', '');
    },
  },
});
