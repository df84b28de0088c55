/** Markdown held in YAML fields (roadmap intros, step details) to HTML, with the site's own parser. */
import { markdownToHtml } from 'satteri';

export function renderMarkdown(text: string): string {
  return markdownToHtml(text, { features: { smartPunctuation: true } }).html;
}
