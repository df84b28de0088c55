/**
 * Sätteri hast plugin: code blocks can scroll sideways, so each gets tabindex="0" to let
 * keyboard users reach and scroll it (Prism, unlike Shiki, does not add one).
 */
export const focusableCodeBlocks = () => ({
  name: 'focusable-code-blocks',
  element: {
    filter: ['pre'],
    visit(node: unknown, ctx: { setProperty: (n: unknown, key: string, value: unknown) => void }) {
      ctx.setProperty(node, 'tabIndex', 0);
    },
  },
});
