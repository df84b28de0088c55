import { describe, expect, it } from 'vitest';
import { chartLayout, niceStep } from '../../src/lib/salary-chart.ts';

describe('niceStep', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(0.8)).toBe(1);
    expect(niceStep(17000)).toBe(20000);
    expect(niceStep(42000)).toBe(50000);
    expect(niceStep(61000)).toBe(100000);
  });
});

describe('chartLayout', () => {
  const rows = [
    { id: 'entry', label: 'Entry', paths: [], min: 70000, max: 90000 },
    { id: 'senior', label: 'Senior', paths: [], min: 160000 },
    { id: 'bls', label: 'Median', paths: [], value: 133080 },
  ];
  const layout = chartLayout(rows, { width: 600, labelWidth: 150 });
  it('places bars in proportion on an axis that starts at zero', () => {
    const entry = layout.rows[0]!.bar!;
    expect(layout.ticks[0]).toEqual({ value: 0, x: 0 });
    expect(entry.x2 / entry.x1).toBeCloseTo(90000 / 70000, 2);
  });
  it('runs an open-ended range to the end of the axis and flags it', () => {
    expect(layout.rows[1]!.bar).toMatchObject({ openEnded: true, x2: layout.plotWidth });
    // the axis leaves headroom past the open range's start
    expect(layout.ticks.at(-1)!.value).toBeGreaterThan(160000);
  });
  it('marks single figures and stacks rows', () => {
    expect(layout.rows[2]!.mark).toBeGreaterThan(layout.rows[0]!.bar!.x2);
    expect(layout.rows[2]!.bar).toBeUndefined();
    expect(layout.rows.map((r) => r.y)).toEqual([16, 48, 80]);
    expect(layout.height).toBe(3 * 32 + 36);
  });
});
