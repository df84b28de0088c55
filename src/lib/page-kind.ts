/** What kind of page a URL is, from the site's URL scheme (used on social cards). */
import { KIND_LABELS, type PageKind } from './site.ts';

export function pageKindFromPath(pathname: string): PageKind {
  const parts = pathname.split('/').filter(Boolean);
  const [section, id, sub] = parts;
  if (section === 'paths' && id) return sub === 'practice' ? 'practice' : 'path';
  if (section === 'skills' && id) return 'skill';
  if (section === 'roadmaps' && id) return sub ? 'roadmap step' : 'roadmap';
  if (section === 'guides' && id) return 'guide';
  if (section === 'faq') return 'FAQ';
  if (section === 'salaries') return 'salaries';
  if (section === 'compare' && id) return 'comparison';
  if (section === 'tools' && id) return 'tool';
  return 'page';
}

export const pageKindLabel = (pathname: string): string => KIND_LABELS[pageKindFromPath(pathname)];

/** Where a page's social card image lives: /og/<path>.png, "/" becoming /og/index.png. */
export function ogImagePath(pathname: string): string {
  const clean = pathname.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '');
  return `/og/${clean === '' ? 'index' : clean}.png`;
}
