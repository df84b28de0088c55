/** Salary figures: formatting and picking the rows that describe a path. */

export interface SalaryRow {
  id: string;
  label: string;
  paths: string[];
  min?: number | undefined;
  max?: number | undefined;
  value?: number | undefined;
  note?: string | undefined;
  source?: string | undefined;
}

export interface SalaryDataset {
  id: string;
  title: string;
  dimension: 'path' | 'level' | 'industry' | 'state' | 'occupation';
  source: string;
  year: number | null;
  yearNote?: string | undefined;
  region: string;
  currency: string;
  period: 'year' | 'hour';
  measure: 'range' | 'median' | 'mean' | 'unstated';
  description: string;
  rows: SalaryRow[];
}

/** "$85,000" (whole units; figures in our sources are never fractional). */
export function formatMoney(value: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(value);
}

/** "$85k" for tight spaces such as chart labels. */
export function formatMoneyShort(value: number, currency: string): string {
  const symbol = formatMoney(0, currency).replace(/[\d.,\s]/g, '');
  return value >= 1000 ? `${symbol}${Math.round(value / 1000)}k` : `${symbol}${value}`;
}

/** A row's figure as a reader should see it: "$85,000–$160,000", "$160,000 and up", or one figure. */
export function formatRow(row: SalaryRow, currency: string): string {
  if (row.min !== undefined && row.max !== undefined) return `${formatMoney(row.min, currency)}–${formatMoney(row.max, currency)}`;
  if (row.min !== undefined) return `${formatMoney(row.min, currency)} and up`;
  if (row.value !== undefined) return formatMoney(row.value, currency);
  return 'not given';
}

/** What one figure in a dataset is, in words. */
export function measureLabel(measure: SalaryDataset['measure']): string {
  switch (measure) {
    case 'range': return 'typical range';
    case 'median': return 'median';
    case 'mean': return 'mean (average)';
    case 'unstated': return 'single figure (source does not say mean or median)';
  }
}

/** "2026", or "undated" when the source gives no year. */
export function yearLabel(dataset: Pick<SalaryDataset, 'year'>): string {
  return dataset.year === null ? 'undated' : String(dataset.year);
}

export interface PathSalaryFigure {
  dataset: SalaryDataset;
  row: SalaryRow;
}

/**
 * The figures that describe a path: rows naming it, newest dataset first; a dated dataset
 * comes before an undated one.
 */
export function salaryFiguresForPath(datasets: SalaryDataset[], pathId: string): PathSalaryFigure[] {
  const figures: PathSalaryFigure[] = [];
  for (const dataset of datasets) {
    for (const row of dataset.rows) if (row.paths.includes(pathId)) figures.push({ dataset, row });
  }
  return figures.sort((a, b) => (b.dataset.year ?? 0) - (a.dataset.year ?? 0));
}

/** Datasets in the order the salaries page shows them. */
export const DIMENSION_ORDER: SalaryDataset['dimension'][] = ['path', 'level', 'occupation', 'industry', 'state'];
export function sortDatasets(datasets: SalaryDataset[]): SalaryDataset[] {
  return [...datasets].sort((a, b) => DIMENSION_ORDER.indexOf(a.dimension) - DIMENSION_ORDER.indexOf(b.dimension) || (b.year ?? 0) - (a.year ?? 0));
}

/**
 * The one figure a card or summary shows for a path, and what it is. A row from a by-path dataset
 * is the role's own pay (`role`, possibly shared with other roles in one row); a row from an
 * occupation dataset is a neighboring occupation's figure (`nearest`), which must never read as
 * the role's pay; `none` when no source has anything for the path.
 */
export type HeadlinePay =
  | { kind: 'role'; figure: PathSalaryFigure; sharedWith: string | undefined }
  | { kind: 'nearest'; figure: PathSalaryFigure; occupation: string }
  | { kind: 'none' };

export function headlinePay(datasets: SalaryDataset[], pathId: string, pathTitle: string): HeadlinePay {
  const { own: [own], nearest: [near] } = pathPay(datasets, pathId);
  if (own) return { kind: 'role', figure: own, sharedWith: own.row.paths.length > 1 && own.row.label !== pathTitle ? own.row.label : undefined };
  if (near) return { kind: 'nearest', figure: near, occupation: near.row.label };
  return { kind: 'none' };
}

/** The label that travels with a headline figure, so a proxy can never pass as the role's pay. */
export function headlinePayLabel(pay: HeadlinePay): string {
  switch (pay.kind) {
    case 'role': return pay.sharedWith ? `${measureLabel(pay.figure.dataset.measure)} for ${pay.sharedWith.toLowerCase()} roles together` : measureLabel(pay.figure.dataset.measure);
    case 'nearest': return `No role-specific figure; nearest occupation: ${pay.occupation.toLowerCase()} (${measureLabel(pay.figure.dataset.measure)})`;
    case 'none': return 'No source gives a figure for this role';
  }
}

/** Everything the sources have for one path, for the salaries page's per-path answers. */
export interface PathPay {
  /** Figures for the role itself (by-path datasets). */
  own: PathSalaryFigure[];
  /** Figures for neighboring occupations (occupation datasets), named as such. */
  nearest: PathSalaryFigure[];
}

export function pathPay(datasets: SalaryDataset[], pathId: string): PathPay {
  const figures = salaryFiguresForPath(datasets, pathId);
  return {
    own: figures.filter((f) => f.dataset.dimension === 'path'),
    nearest: figures.filter((f) => f.dataset.dimension === 'occupation'),
  };
}
