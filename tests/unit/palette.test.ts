import { describe, expect, it } from 'vitest';
import { palette } from '../../tailwind.config.ts';
import { contrastRatio } from '../../src/lib/contrast.ts';

describe('palette', () => {
  type Token = keyof typeof palette;
  const backgrounds: Token[] = ['page', 'surface', 'raised'];
  const text: Token[] = ['ink', 'muted', 'accent', 'good', 'warn', 'sun-ink', 'web', 'data', 'ml', 'infra', 'quality', 'lead'];
  for (const [theme, index] of [['light', 0], ['dark', 1]] as const) {
    it(`keeps every text colour at 4.5:1 or more on every background in the ${theme} theme`, () => {
      const low: string[] = [];
      for (const fg of text) for (const bg of backgrounds) {
        const ratio = contrastRatio(palette[fg][index], palette[bg][index]);
        if (ratio < 4.5) low.push(`${fg} on ${bg}: ${ratio.toFixed(2)}`);
      }
      expect(low).toEqual([]);
    });
    it(`keeps each family colour readable on its own soft background, and ink on the yellow marks, in the ${theme} theme`, () => {
      const low: string[] = [];
      const pairs: Array<[Token, Token]> = [['web', 'web-soft'], ['data', 'data-soft'], ['ml', 'ml-soft'], ['infra', 'infra-soft'], ['quality', 'quality-soft'], ['lead', 'lead-soft'], ['ink', 'sun-soft'], ['sun-ink', 'sun-soft'], ['ink', 'accent-soft'], ['accent', 'accent-soft'], ['accent-ink', 'accent']];
      for (const [fg, bg] of pairs) {
        const ratio = contrastRatio(palette[fg][index], palette[bg][index]);
        if (ratio < 4.5) low.push(`${fg} on ${bg}: ${ratio.toFixed(2)}`);
      }
      expect(low).toEqual([]);
    });
  }
});
