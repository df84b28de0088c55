/**
 * Text drawn inside SVG, which axe does not check: every <text> under `root` must lie inside its
 * SVG's drawing, render at `minPx` or more, and reach 4.5:1 against the first solid background
 * behind its SVG. Returns one line per problem (empty when all is well).
 */
import type { Page } from '@playwright/test';
import { contrastRatio } from '../../src/lib/contrast.ts';

export async function svgTextProblems(page: Page, root: string, minPx = 12): Promise<string[]> {
  const texts = await page.locator(`${root} svg text`).evaluateAll((nodes) => nodes
    .filter((n) => (n as SVGGraphicsElement).getClientRects().length > 0) // drawn at this width
    .map((n) => {
      const t = n as SVGTextElement;
      const svg = t.ownerSVGElement!;
      const box = t.getBBox();
      const view = svg.viewBox.baseVal;
      const scale = svg.getBoundingClientRect().width / (view.width || svg.getBoundingClientRect().width);
      let el: Element | null = svg;
      let background = 'rgb(255, 255, 255)';
      while (el) {
        const bg = getComputedStyle(el).backgroundColor;
        if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) { background = bg; break; }
        el = el.parentElement;
      }
      // Text inside the drawing's own translate(...) groups: compare against the SVG's box.
      const ctm = t.getCTM();
      const left = (ctm?.e ?? 0) + box.x * (ctm?.a ?? 1);
      const top = (ctm?.f ?? 0) + box.y * (ctm?.d ?? 1);
      return {
        text: t.textContent ?? '',
        fill: getComputedStyle(t).fill,
        background,
        px: parseFloat(getComputedStyle(t).fontSize) * scale,
        inside: left >= view.x - 0.5 && top >= view.y - 0.5 && left + box.width <= view.x + view.width + 0.5 && top + box.height <= view.y + view.height + 0.5,
      };
    }));
  const problems: string[] = [];
  if (texts.length === 0) problems.push(`no SVG text drawn under ${root}`);
  for (const t of texts) {
    if (!t.inside) problems.push(`"${t.text}" is outside its drawing`);
    if (t.px < minPx) problems.push(`"${t.text}" renders at ${t.px.toFixed(1)} px`);
    const ratio = contrastRatio(t.fill, t.background);
    if (ratio < 4.5) problems.push(`"${t.text}" has contrast ${ratio.toFixed(2)} (${t.fill} on ${t.background})`);
  }
  return problems;
}
