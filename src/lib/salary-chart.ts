/**
 * Geometry of a salary range chart. Each figure is one row: its label and its value written on a
 * line of their own, the bar (min to max; an open-ended range runs to the axis end and says so)
 * or a mark (a single figure) below them, on "nice" axis ticks. Labels never share a line with the
 * plot, so no label can be clipped however long it is; long labels wrap onto a second line.
 * The component draws two sizes: a wide one, and a narrow one for phones whose text still renders
 * at 12 px or more on a 390 px screen. Pure numbers; the component draws them.
 */
import type { SalaryRow } from './salary.ts';

export interface ChartRow {
  id: string;
  /** The label, split into lines that fit the chart's width. */
  labelLines: string[];
  /** Baseline of the label's first line. */
  labelY: number;
  /** Bar start and end in px from the plot's left edge; absent for a single figure. */
  bar?: { x1: number; x2: number; openEnded: boolean } | undefined;
  /** Single-figure mark (median or unstated average) in px. */
  mark?: number | undefined;
  /** Vertical centre of the bar or mark. */
  y: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  /** Left edge of the plot (and of the labels). */
  plotLeft: number;
  plotWidth: number;
  fontSize: number;
  ticks: Array<{ value: number; x: number }>;
  /** Where the axis labels sit. */
  axisY: number;
  rows: ChartRow[];
}

/** Round up to 1, 2 or 5 times a power of ten: the usual choice for readable tick steps. */
export function niceStep(rough: number): number {
  if (rough <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const f = rough / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

/**
 * Rough width of a line of text: 0.56 em a character is wide for the site's sans-serif at these
 * sizes, so a label measured with it fits when drawn.
 */
export const textWidth = (text: string, fontSize: number): number => text.length * fontSize * 0.56;

/** Split a label into lines no wider than `width` (words are never broken). */
export function wrapLabel(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export function chartLayout(
  rows: SalaryRow[],
  opts: { width?: number; fontSize?: number; ticks?: number; valueWidth?: number } = {},
): ChartLayout {
  const width = opts.width ?? 640;
  const fontSize = opts.fontSize ?? 14;
  const plotLeft = 8;
  // Half a tick label of room at the right, so the last axis label is never cut.
  const plotWidth = width - plotLeft - textWidth('$000k', fontSize - 1) / 2 - 4;
  // The value is written at the right end of the label line; the label wraps before reaching it.
  const valueWidth = opts.valueWidth ?? textWidth('$000,000–$000,000', fontSize) + 12;
  const lineHeight = Math.round(fontSize * 1.3);
  const barHeight = 14;
  const values = rows.flatMap((r) => [r.min, r.max, r.value].filter((v): v is number => v !== undefined));
  const top = Math.max(...values, 1);
  const openEndedExists = rows.some((r) => r.min !== undefined && r.max === undefined);
  // Leave headroom past the top figure so an open-ended range visibly runs on.
  const headroom = openEndedExists ? 1.25 : 1.05;
  const step = niceStep((top * headroom) / (opts.ticks ?? 5));
  const axisMax = Math.ceil((top * headroom) / step) * step;
  const x = (v: number) => Math.round((v / axisMax) * plotWidth * 10) / 10;
  const ticks = Array.from({ length: Math.round(axisMax / step) + 1 }, (_, i) => ({ value: i * step, x: x(i * step) }));
  let cursor = 6;
  const chartRows = rows.map((r) => {
    const labelLines = wrapLabel(r.label, width - plotLeft - valueWidth, fontSize);
    const labelY = cursor + fontSize;
    const y = labelY + (labelLines.length - 1) * lineHeight + 8 + barHeight / 2;
    cursor = y + barHeight / 2 + 12;
    return {
      id: r.id,
      labelLines,
      labelY,
      y,
      bar: r.min !== undefined ? { x1: x(r.min), x2: r.max !== undefined ? x(r.max) : plotWidth, openEnded: r.max === undefined } : undefined,
      mark: r.value !== undefined ? x(r.value) : undefined,
    };
  });
  const axisY = cursor + fontSize;
  return { width, height: axisY + 6, plotLeft, plotWidth, fontSize, ticks, axisY, rows: chartRows };
}
