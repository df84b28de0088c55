/** Markdown held in YAML fields (roadmap intros, step details) to HTML, with the site's own parser. */
import { markdownToHtml } from 'satteri';

export async function renderMarkdown(text: string): Promise<string> {
  return (await markdownToHtml(text, { features: { smartPunctuation: true } })).html;
}
