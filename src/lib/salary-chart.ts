/**
 * Geometry of a salary range chart: one horizontal row per figure, a bar from min to max (an
 * open-ended range runs to the axis end and is marked as such), a mark for a single figure,
 * and "nice" axis ticks. Pure numbers; the component draws them.
 */
import type { SalaryRow } from './salary.ts';

export interface ChartRow {
  id: string;
  label: string;
  /** Bar start and end in px from the plot's left edge; absent for a single figure. */
  bar?: { x1: number; x2: number; openEnded: boolean } | undefined;
  /** Single-figure mark (median or unstated average) in px. */
  mark?: number | undefined;
  y: number;
}

export interface ChartLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotWidth: number;
  rowHeight: number;
  ticks: Array<{ value: number; x: number }>;
  rows: ChartRow[];
}

/** Round up to 1, 2 or 5 times a power of ten: the usual choice for readable tick steps. */
export function niceStep(rough: number): number {
  if (rough <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const f = rough / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

export function chartLayout(rows: SalaryRow[], opts: { width?: number; labelWidth?: number; rowHeight?: number; ticks?: number } = {}): ChartLayout {
  const width = opts.width ?? 640;
  const plotLeft = opts.labelWidth ?? 200;
  const rowHeight = opts.rowHeight ?? 32;
  const plotWidth = width - plotLeft - 24;
  const values = rows.flatMap((r) => [r.min, r.max, r.value].filter((v): v is number => v !== undefined));
  const top = Math.max(...values, 1);
  const openEndedExists = rows.some((r) => r.min !== undefined && r.max === undefined);
  // Leave headroom past the top figure so an open-ended range visibly runs on.
  const step = niceStep((top * (openEndedExists ? 1.25 : 1.05)) / (opts.ticks ?? 5));
  const axisMax = Math.ceil((top * (openEndedExists ? 1.25 : 1.05)) / step) * step;
  const x = (v: number) => Math.round((v / axisMax) * plotWidth * 10) / 10;
  const ticks = Array.from({ length: Math.round(axisMax / step) + 1 }, (_, i) => ({ value: i * step, x: x(i * step) }));
  const chartRows = rows.map((r, i) => ({
    id: r.id,
    label: r.label,
    y: i * rowHeight + rowHeight / 2,
    bar: r.min !== undefined ? { x1: x(r.min), x2: r.max !== undefined ? x(r.max) : plotWidth, openEnded: r.max === undefined } : undefined,
    mark: r.value !== undefined ? x(r.value) : undefined,
  }));
  return { width, height: rows.length * rowHeight + 36, plotLeft, plotWidth, rowHeight, ticks, rows: chartRows };
}
