import { describe, expect, it } from 'vitest';
import { buildGrowth, formatBenchMarkdown, marginalPer100, median, sideBySide } from '../../src/cli/bench-report.ts';
import { generatedGuide, starlightGuide } from '../../src/cli/bench-content.ts';
import { checkContent } from '../../src/lib/content-check.ts';

describe('bench helpers', () => {
  it('takes the median of odd and even lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });
  it('formats a Markdown table and escapes pipes', () => {
    const md = formatBenchMarkdown([{ metric: 'a | b', value: '1', target: '2' }], new Date('2026-11-22T00:00:00Z'), 'test');
    expect(md).toContain('| a \\| b | 1 | 2 |');
    expect(md).toMatch(/^Measured 2026-11-22 on test/);
  });
  it('measures growth between builds as the cost of each extra 100 pages', () => {
    const growth = buildGrowth([
      { pages: 5000, seconds: 100, peakMb: 3000 },
      { pages: 1000, seconds: 25, peakMb: 1000 },
    ]);
    expect(growth).toEqual({ fromPages: 1000, toPages: 5000, secondsPer100: 1.875, mbPer100: 50, ratio: 0.75 });
    // Super-linear: the extra pages cost more than the first ones.
    expect(buildGrowth([{ pages: 1000, seconds: 20, peakMb: 1 }, { pages: 5000, seconds: 140, peakMb: 1 }])!.ratio).toBe(1.5);
    expect(buildGrowth([{ pages: 1000, seconds: 20, peakMb: 1 }])).toBeNull();
  });
  it('compares the marginal cost of extra pages with a peer, each over its own base build', () => {
    expect(marginalPer100({ pages: 300, seconds: 7, peakMb: 0 }, { pages: 1300, seconds: 17, peakMb: 0 })).toBe(1);
    expect(() => marginalPer100({ pages: 300, seconds: 7, peakMb: 0 }, { pages: 300, seconds: 9, peakMb: 0 })).toThrow('needs more pages');
    const result = sideBySide(
      { base: { pages: 300, seconds: 7, peakMb: 0 }, run: { pages: 1300, seconds: 15, peakMb: 0 } },
      { base: { pages: 2, seconds: 3, peakMb: 0 }, run: { pages: 1002, seconds: 19, peakMb: 0 } },
    );
    expect(result).toEqual({ ours: 0.8, peer: 1.6, ratio: 0.5 });
  });
  it('gives Starlight the same generated page with its own front matter', () => {
    const ours = generatedGuide(7);
    const theirs = starlightGuide(7);
    expect(theirs).toMatch(/^---\ntitle: "Generated guide 7: [^"]+"\ndescription: "A generated page[^"]+"\n---\n/);
    expect(theirs.slice(theirs.indexOf('\n---\n', 4))).toBe(ours.slice(ours.indexOf('\n---\n', 4)));
  });
  it('generates guides that pass the same content check as real ones', () => {
    const files = [
      { file: 'content/guides/bench-00001.md', text: generatedGuide(1) },
      { file: 'content/sources.yaml', text: '- id: python-job-market-2026\n  title: T\n  year: 2026\n  kind: career-guide\n  note: A note long enough to pass.\n' },
      { file: 'content/paths/backend-developer.md', text: '---\ntitle: x\n---\n' },
    ];
    const problems = checkContent(files).filter((p) => p.file.includes('bench-'));
    expect(problems).toEqual([]);
  });
});
