/**
 * The social card (Open Graph image) of a page, as a satori element tree: site name, page
 * kind and title in the site's colours. Pure data in, element tree out; rendering to PNG
 * happens in src/integrations/og/og-images.ts.
 */
import { palette } from '../../../tailwind.config.ts';

export interface CardInput {
  title: string;
  kind: string;
  siteName: string;
  host: string;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Array<Node | string> | Node | string } };
const el = (type: string, style: Record<string, unknown>, children?: Array<Node | string> | Node | string): Node => ({ type, props: { style, ...(children !== undefined ? { children } : {}) } });

/** Title size that keeps long titles within three lines on a 1200 px card. */
export function titleSize(title: string): number {
  if (title.length <= 28) return 76;
  if (title.length <= 48) return 64;
  if (title.length <= 72) return 54;
  return 44;
}

export function cardTree({ title, kind, siteName, host }: CardInput): Node {
  const [bg, ink, accent, muted, soft] = [palette.page[1], palette.ink[1], palette.accent[1], palette.muted[1], palette['accent-soft'][1]];
  return el('div', { width: 1200, height: 630, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px', background: bg, color: ink, fontFamily: 'Inter', borderTop: `16px solid ${accent}` }, [
    el('div', { display: 'flex', alignItems: 'center', fontSize: 34, fontWeight: 700 }, [
      el('span', { color: accent, marginRight: 16 }, '>>>'),
      el('span', {}, siteName),
    ]),
    el('div', { display: 'flex', flexDirection: 'column' }, [
      el('div', { display: 'flex' }, el('span', { background: soft, color: ink, fontSize: 28, fontWeight: 700, padding: '6px 18px', borderRadius: 8, textTransform: 'uppercase', letterSpacing: 2 }, kind)),
      el('div', { display: 'flex', marginTop: 24, fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15 }, title),
    ]),
    el('div', { display: 'flex', fontSize: 28, color: muted }, [el('span', {}, host)]),
  ]);
}
