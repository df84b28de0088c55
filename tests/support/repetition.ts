/**
 * The repetition rule (issue 14): no sentence of 12 or more words on two pages, unless the site is
 * showing one piece of content in several places. Pure functions; tests/dist/repetition.test.ts
 * applies them to the built site and the content tree.
 *
 * What counts as a page's prose: the text inside <main>, without
 * - navigation chrome: <nav> (breadcrumbs, tables of contents, step and guide navigation);
 * - link text: the words of every <a> element. A link names another page or entry (a card, a
 *   listing row, a cross-reference, a citation), so it is a pointer, not a sentence of this page.
 *   The words around a link still count, so a repeated paragraph with links in it is still caught;
 * - what a reader does not see: <script>, <style>, <template>, <noscript>, <svg>, and elements
 *   with the hidden attribute or aria-hidden="true".
 *
 * A sentence of 12 or more words found on two or more pages is allowed only when it is written
 * exactly once in content/: one frontmatter field or one Markdown body (links removed the same
 * way). That is the site displaying one data field in several places, such as a summary on
 * listing and comparison cards, a step's goal on its roadmap and on its own page, or questions
 * gathered on a practice page. A sentence found in two content fields was typed twice and fails.
 *
 * A sentence found in no content file comes from a page template. It fails, with two exceptions
 * that are still data shown again rather than an idea said again:
 * - it contains the whole of a content field of two or more words (a path title in a caption, a
 *   ladder rung's name and focus): the same entry shown on several pages;
 * - it is a template filled with figures ("8 of the 19 different skills ..."), and the same
 *   template (its first six words, figures masked) appears elsewhere with other figures: one
 *   entry's figures shown on its card and its page, or two entries whose figures coincide.
 * Explanations written into templates (how a percentage is computed, how progress is stored) have
 * no such excuse: they belong on one page, and the others link to it.
 */

export const MIN_WORDS = 12;
/** A field this long, shown inside a template sentence, makes the sentence that entry's data. */
const MIN_FIELD_WORDS = 2;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'svg', 'nav', 'a']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'label', 'legend', 'li', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'td', 'th', 'tr', 'ul', 'br', 'button', 'option', 'select',
]);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', mdash: '—', ndash: '–', hellip: '…' };
const decode = (s: string) => s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
  e[0] === '#' ? String.fromCodePoint(e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e.toLowerCase()] ?? m);

/** The visible prose of a page's <main>, one block of text per line. */
export function mainProse(html: string): string {
  const out: string[] = [];
  const stack: Array<{ tag: string; skip: boolean }> = [];
  let skipping = 0;
  let inMain = false;
  for (const m of html.matchAll(/<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>|([^<]+)/g)) {
    const [, close, rawTag, attrs = '', text] = m;
    if (text !== undefined) {
      if (inMain && skipping === 0) out.push(decode(text));
      continue;
    }
    if (rawTag === undefined) continue; // a comment
    const tag = rawTag.toLowerCase();
    if (BLOCK.has(tag)) out.push('\n');
    if (close) {
      // Pop to the matching open tag (the built HTML is valid, so it is there).
      while (stack.length > 0) {
        const top = stack.pop()!;
        if (top.skip) skipping -= 1;
        if (top.tag === tag) break;
      }
      if (tag === 'main') inMain = false;
      continue;
    }
    if (tag === 'main') inMain = true;
    if (VOID.has(tag) || attrs.trimEnd().endsWith('/')) continue;
    const skip = SKIPPED.has(tag) || /(?:^|\s)hidden(?:[\s=]|$)/.test(attrs) || /aria-hidden="true"/.test(attrs);
    stack.push({ tag, skip });
    if (skip) skipping += 1;
  }
  return out.join('');
}

/** Lower-case words; punctuation, Markdown marks and spacing do not matter. */
export const words = (text: string): string[] =>
  (text.toLowerCase().replace(/[’‘]/g, "'").replace(/(\d)\s*[–-]\s*(?=[\d$])/g, '$1-').match(/[a-z0-9$%][a-z0-9$%'.,/-]*/g) ?? [])
    .map((w) => w.replace(/[.,'/-]+$/, ''))
    .filter((w) => w.length > 0);

/** The sentences of some prose that have at least MIN_WORDS words, each as its normalized words. */
export function longSentences(prose: string): string[] {
  const found: string[] = [];
  for (const block of prose.split('\n')) {
    const flat = block.replace(/\s+/g, ' ').trim();
    if (!flat) continue;
    for (const sentence of flat.split(/(?<=[.!?])["”’)]*\s+(?=["“(]?[A-Z0-9$])/)) {
      const w = words(sentence);
      if (w.length >= MIN_WORDS) found.push(w.join(' '));
    }
  }
  return found;
}

/** Content text as the pages show it for this rule: Markdown links and their text removed. */
export const contentText = (markdown: string): string =>
  words(markdown
    // Inline code keeps its words, including any <placeholder> the tag rule below would drop.
    .replace(/`([^`]*)`/g, (_, code: string) => code.replace(/[<>]/g, ' '))
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\\([*_`[\]])/g, '$1')).join(' ');

/** The opening of a sentence with its figures masked: which template it comes from. */
const templateKey = (sentence: string) => sentence.replace(/\d[\d.,$%-]*/g, '#').split(' ').slice(0, TEMPLATE_WORDS).join(' ');
const TEMPLATE_WORDS = 6;

export interface Repeat {
  sentence: string;
  pages: string[];
  /** Content fields (file#field) that contain the sentence. */
  fields: string[];
}

/**
 * Sentences of MIN_WORDS+ words on two or more pages that are not one content field shown in
 * several places. `fields` maps "file#field" to contentText() of that field.
 */
export function repeatedSentences(pages: Array<{ url: string; html: string }>, fields: Map<string, string>): Repeat[] {
  const where = new Map<string, Set<string>>();
  for (const page of pages) {
    for (const s of longSentences(mainProse(page.html))) {
      let urls = where.get(s);
      if (!urls) where.set(s, (urls = new Set()));
      urls.add(page.url);
    }
  }
  const padded = [...fields].map(([name, text]) => [name, ` ${text} `] as const);
  // Figures filled into a template ("8 of the 19 skills ...") repeat when two pages' figures happen
  // to match; a template seen with different figures elsewhere is data, not a repeated sentence.
  const masked = new Map<string, Set<string>>();
  for (const sentence of where.keys()) {
    if (!/\d/.test(sentence)) continue;
    const key = templateKey(sentence);
    let variants = masked.get(key);
    if (!variants) masked.set(key, (variants = new Set()));
    variants.add(sentence);
  }
  const repeats: Repeat[] = [];
  for (const [sentence, urls] of where) {
    if (urls.size < 2) continue;
    const inFields = padded.filter(([, text]) => text.includes(` ${sentence} `)).map(([name]) => name);
    if (inFields.length === 1) continue;
    if (inFields.length === 0 && /\d/.test(sentence) && (masked.get(templateKey(sentence))?.size ?? 0) > 1) continue;
    // A template line that shows a field (a ladder rung's focus, a path's title in a caption):
    // the same entry shown in several places, so its words repeat with it.
    if (inFields.length === 0 && padded.some(([, text]) => text.trim().split(' ').length >= MIN_FIELD_WORDS && ` ${sentence} `.includes(text))) continue;
    repeats.push({ sentence, pages: [...urls].sort(), fields: inFields });
  }
  return repeats.sort((a, b) => b.pages.length - a.pages.length || a.sentence.localeCompare(b.sentence));
}
