/** Markdown held in YAML fields (roadmap intros, step details) to HTML, with the site's own parser. */
import { markdownToHtml } from 'satteri';

export function renderMarkdown(text: string): string {
  return markdownToHtml(text, { features: { smartPunctuation: true } }).html;
}

/** One line of Markdown (a question, a label) to inline HTML: the paragraph around it is dropped. */
export function renderInlineMarkdown(text: string): string {
  return renderMarkdown(text).trim().replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}

/** The plain text of one line of Markdown, as a reader sees it (for labels and accessible names). */
export function inlineMarkdownText(text: string): string {
  return renderInlineMarkdown(text).replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}
