/** Formatting benchmark figures as a Markdown table. */

export interface BenchRow {
  metric: string;
  value: string;
  target?: string;
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function formatBenchMarkdown(rows: BenchRow[], when: Date, machine: string): string {
  const escape = (s: string) => s.replace(/\|/g, '\\|');
  return [
    `Measured ${when.toISOString().slice(0, 10)} on ${machine} with \`npm run bench\`.`,
    '',
    '| measure | result | target |',
    '|---|---|---|',
    ...rows.map((r) => `| ${escape(r.metric)} | ${escape(r.value)} | ${escape(r.target ?? '')} |`),
  ].join('\n');
}

export interface BuildRun {
  pages: number;
  seconds: number;
  peakMb: number;
}

/**
 * How the build grows between the smallest and the largest run: the time and memory each extra
 * 100 pages cost, and that time against the smaller build's own cost per 100 pages. A ratio at
 * most 1 means linear growth (or better): the extra pages cost no more than the first ones did,
 * start-up included. Null with fewer than two runs of different sizes.
 */
export function buildGrowth(runs: BuildRun[]): { fromPages: number; toPages: number; secondsPer100: number; mbPer100: number; ratio: number } | null {
  const sorted = [...runs].sort((a, b) => a.pages - b.pages);
  const small = sorted[0];
  const large = sorted.at(-1);
  if (!small || !large || large.pages <= small.pages) return null;
  const extraHundreds = (large.pages - small.pages) / 100;
  const secondsPer100 = (large.seconds - small.seconds) / extraHundreds;
  return {
    fromPages: small.pages,
    toPages: large.pages,
    secondsPer100,
    mbPer100: (large.peakMb - small.peakMb) / extraHundreds,
    ratio: secondsPer100 / (small.seconds / (small.pages / 100)),
  };
}

/** What each extra 100 pages cost over a site's own base build: seconds per 100 pages. */
export function marginalPer100(base: BuildRun, run: BuildRun): number {
  if (run.pages <= base.pages) throw new Error(`a marginal cost needs more pages than the base build (${run.pages} against ${base.pages})`);
  return (run.seconds - base.seconds) / ((run.pages - base.pages) / 100);
}

/**
 * This site against a peer on the same extra pages: each one's marginal seconds per 100 pages
 * and ours over theirs (at most 1: we cost no more per page than the peer).
 */
export function sideBySide(ours: { base: BuildRun; run: BuildRun }, peer: { base: BuildRun; run: BuildRun }): { ours: number; peer: number; ratio: number } {
  const o = marginalPer100(ours.base, ours.run);
  const p = marginalPer100(peer.base, peer.run);
  return { ours: o, peer: p, ratio: o / p };
}
