import { describe, expect, it } from 'vitest';
import { formatHours, neighbours, neighboursAt, totalEffort } from '../../src/lib/roadmap.ts';

const steps = [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'c', title: 'C' }];

describe('neighbours', () => {
  it('gives previous and next around a middle step', () => {
    expect(neighbours(steps, 'b')).toEqual({ previous: steps[0], next: steps[2], position: 2, count: 3 });
  });
  it('has no previous at the start and no next at the end', () => {
    expect(neighbours(steps, 'a').previous).toBeUndefined();
    expect(neighbours(steps, 'c').next).toBeUndefined();
  });
  it('names the known steps when the id is unknown', () => {
    expect(() => neighbours(steps, 'z')).toThrow(/Unknown step "z".*a, b, c/);
  });
  it('gives the same by position, for a caller walking the steps in order', () => {
    steps.forEach((step, i) => expect(neighboursAt(steps, i)).toEqual(neighbours(steps, step.id)));
  });
});

describe('effort', () => {
  it('adds ranges', () => {
    expect(totalEffort([{ effortHours: { min: 10, max: 20 } }, { effortHours: { min: 5, max: 5 } }])).toEqual({ min: 15, max: 25 });
  });
  it('formats a range and a single figure', () => {
    expect(formatHours({ min: 10, max: 20 })).toBe('10–20 hours');
    expect(formatHours({ min: 8, max: 8 })).toBe('about 8 hours');
  });
});
