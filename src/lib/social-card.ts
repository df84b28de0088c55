/**
 * What a page's social card shows, and the hand-off that lets cards render while pages do:
 * during `astro build` the og-images integration registers a queue here, and BaseLayout asks it
 * for each page's card as the page renders. Anywhere else (dev server, tests) asking does
 * nothing. The built page stays the authority: og-images checks every page's og:title after
 * the build and renders whatever was not asked for.
 */
import { pageKindLabel } from './page-kind.ts';
import { decodeEntities } from './built-pages.ts';
import { SITE_NAME, SITE_TAGLINE } from './site.ts';

export interface CardInput {
  title: string;
  kind: string;
  siteName: string;
  host: string;
}

/**
 * The card of the page at `pathname` whose og:title is `title` and og:image `imageUrl`. The home
 * page's title is the site name, which the card already shows: its card says what the site is for.
 */
export function socialCardInput(pathname: string, title: string, imageUrl: string): CardInput {
  const home = pathname === '/';
  return { title: home ? SITE_TAGLINE : title, kind: home ? 'Home' : pageKindLabel(pathname), siteName: SITE_NAME, host: new URL(imageUrl).host };
}

/**
 * The card a built page asks for, read from its og:title and og:image (the page is the
 * authority); undefined for a page without them. `imagePath` is where the card file goes.
 */
export function cardInputFromPage(url: string, html: string): { input: CardInput; imagePath: string } | undefined {
  const title = /<meta property="og:title" content="([^"]*)"/.exec(html)?.[1];
  const image = /<meta property="og:image" content="([^"]*)"/.exec(html)?.[1];
  if (!title || !image) return undefined;
  return { input: socialCardInput(url, decodeEntities(title), image), imagePath: new URL(image).pathname };
}

export interface CardQueue {
  request(input: CardInput): void;
}

const QUEUE = Symbol.for('python-career-guide.social-cards');
type WithQueue = typeof globalThis & { [QUEUE]?: CardQueue | undefined };

export function registerCardQueue(queue: CardQueue | undefined): void {
  (globalThis as WithQueue)[QUEUE] = queue;
}

/** Starts the card of a page early when a build is running; otherwise does nothing. */
export function requestSocialCard(input: CardInput): void {
  (globalThis as WithQueue)[QUEUE]?.request(input);
}
