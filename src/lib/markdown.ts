/** Markdown held in YAML fields (roadmap intros, step details) to HTML, with the site's own parser. */
import { markdownToHtml } from 'satteri';

export function renderMarkdown(text: string): string {
  return markdownToHtml(text, { features: { smartPunctuation: true } }).html;
}

/** One line of Markdown (a question, a label) to inline HTML: the paragraph around it is dropped. */
export function renderInlineMarkdown(text: string): string {
  return renderMarkdown(text).trim().replace(/^<p>([\s\S]*)<\/p>$/, '$1');
}
