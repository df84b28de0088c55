import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColor } from '../../src/lib/contrast.ts';

describe('contrastRatio', () => {
  it('gives 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('rgb(0, 0, 0)', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1d4ed8', 'rgb(29, 78, 216)')).toBeCloseTo(1, 5);
  });
  it('matches a known pair (#767676 on white is just above 4.5)', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
  it('reads rgba and rejects what it cannot read', () => {
    expect(parseColor('rgba(1, 2, 3, 0.5)')).toEqual([1, 2, 3, 0.5]);
    expect(() => parseColor('oklch(0.5 0.1 200)')).toThrow(/Not a colour/);
  });
  it('gives the WCAG figures for known pairs', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 1);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('rgb(255, 255, 255)', 'rgba(0, 0, 0, 1)')).toBeCloseTo(21, 1);
  });
});
