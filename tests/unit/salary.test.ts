import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyShort, formatRow, headlinePay, headlinePayLabel, measureLabel, pathPay, salaryFiguresForPath, sortDatasets, yearLabel, type SalaryDataset } from '../../src/lib/salary.ts';

const base = { region: 'United States', currency: 'USD', period: 'year', description: 'x' } as const;
const byPath: SalaryDataset = { ...base, id: 'by-path', title: 'By path', dimension: 'path', source: 's1', year: 2026, measure: 'range',
  rows: [{ id: 'be', label: 'Backend', paths: ['backend'], min: 85000, max: 160000 }] };
const bls: SalaryDataset = { ...base, id: 'bls', title: 'BLS', dimension: 'occupation', source: 's2', year: 2024, measure: 'median',
  rows: [{ id: 'sd', label: 'Software developers', paths: ['backend', 'data'], value: 133080 }] };
const undated: SalaryDataset = { ...base, id: 'states', title: 'States', dimension: 'state', source: 's3', year: null, yearNote: 'undated', measure: 'unstated',
  rows: [{ id: 'ca', label: 'California', paths: ['backend'], value: 125470 }] };

describe('formatting', () => {
  it('formats dollars without cents', () => {
    expect(formatMoney(133080, 'USD')).toBe('$133,080');
    expect(formatMoneyShort(85000, 'USD')).toBe('$85k');
  });
  it('formats ranges, open-ended ranges and single figures', () => {
    expect(formatRow({ id: 'a', label: 'a', paths: [], min: 70000, max: 90000 }, 'USD')).toBe('$70,000–$90,000');
    expect(formatRow({ id: 'a', label: 'a', paths: [], min: 160000 }, 'USD')).toBe('$160,000 and up');
    expect(formatRow({ id: 'a', label: 'a', paths: [], value: 112590 }, 'USD')).toBe('$112,590');
  });
  it('says what a figure is and when it is from', () => {
    expect(measureLabel('median')).toBe('median');
    expect(measureLabel('unstated')).toMatch(/does not say/);
    expect(yearLabel(bls)).toBe('2024');
    expect(yearLabel(undated)).toBe('undated');
  });
});

describe('salaryFiguresForPath', () => {
  it('collects every row naming the path, newest first, undated last', () => {
    const figures = salaryFiguresForPath([undated, bls, byPath], 'backend');
    expect(figures.map((f) => f.dataset.id)).toEqual(['by-path', 'bls', 'states']);
    expect(salaryFiguresForPath([undated, bls, byPath], 'data').map((f) => f.row.id)).toEqual(['sd']);
    expect(salaryFiguresForPath([byPath], 'nobody')).toEqual([]);
  });
  it('orders datasets by dimension for the salaries page', () => {
    expect(sortDatasets([undated, bls, byPath]).map((d) => d.dimension)).toEqual(['path', 'occupation', 'state']);
  });
});

describe('headline pay', () => {
  const byPath: SalaryDataset = { id: 'p', title: 'p', dimension: 'path', source: 's', year: 2026, region: 'United States', currency: 'USD', period: 'year', measure: 'range', description: 'd', rows: [
    { id: 'backend', label: 'Backend developer', paths: ['backend'], min: 85000, max: 160000 },
    { id: 'aq', label: 'Automation / QA engineer', paths: ['automation', 'qa'], min: 80000, max: 145000 },
  ] };
  const occupations: SalaryDataset = { ...byPath, id: 'o', dimension: 'occupation', measure: 'median', year: 2024, rows: [
    { id: 'dev', label: 'Software developers', paths: ['backend', 'data-engineer'], value: 133080 },
  ] };
  const all = [byPath, occupations];
  it("uses the role's own figure when a source gives one, even when an occupation median is newer or older", () => {
    const pay = headlinePay(all, 'backend', 'Backend developer');
    expect(pay.kind).toBe('role');
    expect(headlinePayLabel(pay)).toBe('typical range');
  });
  it('says when a row covers several roles together', () => {
    expect(headlinePayLabel(headlinePay(all, 'qa', 'QA automation engineer'))).toBe('typical range for automation / qa engineer roles together');
  });
  it("names a neighbouring occupation's figure as such in the figure's own label", () => {
    const pay = headlinePay(all, 'data-engineer', 'Data engineer');
    expect(pay.kind).toBe('nearest');
    expect(headlinePayLabel(pay)).toBe('No role-specific figure; nearest occupation: software developers (median)');
  });
  it('says so when no source has a figure', () => {
    const pay = headlinePay(all, 'nobody', 'Nobody');
    expect(pay).toEqual({ kind: 'none' });
    expect(headlinePayLabel(pay)).toBe('No source gives a figure for this role');
  });
  it('lists own and nearest figures apart for the salaries page', () => {
    const pay = pathPay(all, 'backend');
    expect(pay.own.map((f) => f.row.id)).toEqual(['backend']);
    expect(pay.nearest.map((f) => f.row.id)).toEqual(['dev']);
  });
});
