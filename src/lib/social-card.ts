/**
 * What a page's social card shows: BaseLayout describes it (og:image:alt), and the og-images
 * integration reads it back from each rendered page, which is the authority.
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
