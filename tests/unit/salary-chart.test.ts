import { describe, expect, it } from 'vitest';
import { chartLayout, niceStep, textWidth, wrapLabel } from '../../src/lib/salary-chart.ts';

describe('niceStep', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(0.8)).toBe(1);
    expect(niceStep(17000)).toBe(20000);
    expect(niceStep(42000)).toBe(50000);
    expect(niceStep(61000)).toBe(100000);
  });
});

describe('wrapLabel', () => {
  it('keeps short labels on one line and wraps long ones at word boundaries within the width', () => {
    expect(wrapLabel('Entry level', 200, 14)).toEqual(['Entry level']);
    const lines = wrapLabel('Software quality assurance analysts and testers', 180, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Software quality assurance analysts and testers');
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(180);
  });
});

describe('chartLayout', () => {
  const rows = [
    { id: 'entry', label: 'Entry', paths: [], min: 70000, max: 90000 },
    { id: 'senior', label: 'Senior', paths: [], min: 160000 },
    { id: 'bls', label: 'Software quality assurance analysts and testers', paths: [], value: 133080 },
  ];
  const layout = chartLayout(rows, { width: 360 });
  it('places bars in proportion on an axis that starts at zero', () => {
    const entry = layout.rows[0]!.bar!;
    expect(layout.ticks[0]).toEqual({ value: 0, x: 0 });
    expect(entry.x2 / entry.x1).toBeCloseTo(90000 / 70000, 2);
  });
  it('runs an open-ended range to the end of the axis and flags it', () => {
    expect(layout.rows[1]!.bar).toMatchObject({ openEnded: true, x2: layout.plotWidth });
    expect(layout.ticks.at(-1)!.value).toBeGreaterThan(160000);
  });
  it('keeps every label, bar and tick inside the drawing', () => {
    for (const r of layout.rows) {
      expect(r.labelLines.length).toBeGreaterThan(0);
      expect(r.y).toBeGreaterThan(r.labelY + (r.labelLines.length - 1) * layout.fontSize);
      for (const line of r.labelLines) expect(layout.plotLeft + textWidth(line, layout.fontSize)).toBeLessThan(layout.width);
    }
    expect(layout.rows[2]!.labelLines.length).toBeGreaterThan(1);
    expect(layout.plotLeft + layout.ticks.at(-1)!.x + textWidth('$000k', layout.fontSize - 1) / 2).toBeLessThanOrEqual(layout.width);
    expect(layout.axisY).toBeLessThanOrEqual(layout.height);
  });
  it('stacks rows downwards without overlap', () => {
    const ys = layout.rows.map((r) => r.labelY);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    for (let i = 1; i < layout.rows.length; i++) expect(layout.rows[i]!.labelY - layout.fontSize).toBeGreaterThan(layout.rows[i - 1]!.y);
  });
});
