/** Markdown held in YAML fields (roadmap intros, step details) to HTML, with the site's own parser; rendered HTML to plain text. */
import { htmlToHast, markdownToHtml, type HastNode } from 'satteri';

export function renderMarkdown(text: string): string {
  return markdownToHtml(text, { features: { smartPunctuation: true } }).html;
}

/** One line of Markdown (a question, a label) to inline HTML: the paragraph around it is dropped. */
export function renderInlineMarkdown(text: string): string {
  return renderMarkdown(text).trim().replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}

/** The plain text of one line of Markdown, as a reader sees it (for labels and accessible names). */
export function inlineMarkdownText(text: string): string {
  return htmlToPlainText(renderInlineMarkdown(text));
}

/** Elements whose text is not part of what they say: scripts, drawings, and page chrome such as a heading's link to itself. */
const SILENT = new Set(['script', 'style', 'template', 'svg']);
/** Elements that end a line of text: their text is kept apart from the next element's. */
const BLOCK = new Set(['address', 'blockquote', 'br', 'dd', 'details', 'div', 'dl', 'dt', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'td', 'th', 'tr', 'ul']);

type Node = { type: string; value?: unknown; tagName?: string; properties?: Record<string, unknown>; children?: Node[] };

/**
 * The text a reader gets from rendered HTML (a Markdown body as the site's renderer drew it),
 * read with a real HTML parser: entities decoded, links and code kept as their text, blocks
 * (paragraphs, list items, code blocks) kept apart by a space, white space folded. Leaves out
 * hidden elements and those marked data-pagefind-ignore (a heading's link to itself).
 */
export function htmlToPlainText(html: string): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.type === 'text') { parts.push(String(node.value ?? '')); return; }
    const props = node.properties ?? {};
    if (node.type === 'element') {
      const tag = node.tagName ?? '';
      if (SILENT.has(tag) || props['hidden'] != null || props['dataPagefindIgnore'] != null || props['ariaHidden'] === 'true') return;
      if (BLOCK.has(tag)) parts.push(' ');
      for (const child of node.children ?? []) walk(child);
      if (BLOCK.has(tag)) parts.push(' ');
      return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(htmlToHast(html, { fragment: true }) as HastNode as Node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
