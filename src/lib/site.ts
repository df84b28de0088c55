/** Site-wide facts: name, navigation, page titles, breadcrumbs and canonical URLs. */

export const SITE_NAME = 'Python Career Guide';
export const SITE_TAGLINE = 'Choose, plan and follow a career as a Python developer';

export const NAV = [
  { href: '/paths/', label: 'Paths' },
  { href: '/skills/', label: 'Skills' },
  { href: '/roadmaps/', label: 'Roadmaps' },
  { href: '/guides/', label: 'Guides' },
  { href: '/salaries/', label: 'Salaries' },
  { href: '/faq/', label: 'FAQ' },
] as const;

/** What kind of page a URL is; shown in search results and used as the search filter. */
export type PageKind = 'path' | 'skill' | 'roadmap' | 'roadmap step' | 'guide' | 'FAQ' | 'salaries' | 'page' | 'comparison' | 'tool' | 'practice';

export const KIND_LABELS: Record<PageKind, string> = {
  path: 'Career path', skill: 'Skill', roadmap: 'Roadmap', 'roadmap step': 'Roadmap step', guide: 'Guide', FAQ: 'FAQ', salaries: 'Salaries', page: 'Page',
  comparison: 'Comparison', tool: 'Tool', practice: 'Interview practice',
};

/** "Backend developer · Python Career Guide"; the home page uses the site name alone. */
export function pageTitle(title: string | undefined): string {
  return title ? `${title} · ${SITE_NAME}` : `${SITE_NAME}: ${SITE_TAGLINE}`;
}

export interface Crumb {
  href: string;
  label: string;
}

/** Absolute canonical URL with a trailing slash. */
export function canonicalUrl(pathname: string, site: URL | string): string {
  const withSlash = pathname.endsWith('/') ? pathname : `${pathname}/`;
  return new URL(withSlash, site).href;
}

/** Whether a nav item is the current section. */
export function isCurrentSection(navHref: string, pathname: string): boolean {
  return pathname === navHref || pathname.startsWith(navHref);
}
