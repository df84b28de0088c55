/** Roadmap step order and effort sums. */

export interface StepRef {
  id: string;
  title: string;
}

export interface StepNeighbours<T extends StepRef> {
  previous: T | undefined;
  next: T | undefined;
  position: number;
  count: number;
}

/** The step before and after `stepId`, with its 1-based position. Throws for an unknown id. */
export function neighbours<T extends StepRef>(steps: T[], stepId: string): StepNeighbours<T> {
  const index = steps.findIndex((s) => s.id === stepId);
  if (index === -1) throw new Error(`Unknown step "${stepId}"; steps are ${steps.map((s) => s.id).join(', ')}`);
  return neighboursAt(steps, index);
}

/** The same for the step at `index`, for a caller walking the steps in order (no lookup). */
export function neighboursAt<T extends StepRef>(steps: T[], index: number): StepNeighbours<T> {
  return { previous: steps[index - 1], next: steps[index + 1], position: index + 1, count: steps.length };
}

export interface EffortRange {
  min: number;
  max: number;
}

/** Sum of the steps' effort ranges, in hours. */
export function totalEffort(steps: Array<{ effortHours: EffortRange }>): EffortRange {
  return steps.reduce((sum, s) => ({ min: sum.min + s.effortHours.min, max: sum.max + s.effortHours.max }), { min: 0, max: 0 });
}

/** "60-120 hours", or "about 40 hours" when both ends match. */
export function formatHours({ min, max }: EffortRange): string {
  return min === max ? `about ${min} hours` : `${min}–${max} hours`;
}
