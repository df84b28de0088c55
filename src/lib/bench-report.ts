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
