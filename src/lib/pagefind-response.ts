/**
 * Pagefind's Node API answers every call with an `errors` list instead of throwing. One check
 * for all of them: a failed step stops the build with an error that names the step.
 */

/** Any Pagefind API response: what the call returned, plus the errors it met. */
export interface PagefindResponse {
  errors: readonly string[];
}

/** The response of a Pagefind step, or an Error naming `step` (e.g. "index the built pages") and each error Pagefind gave. */
export function checked<T extends PagefindResponse>(step: string, response: T): T;
/** The same, for a response whose `field` must be there (createIndex's `index`). */
export function checked<T extends PagefindResponse, K extends keyof T>(step: string, response: T, field: K): NonNullable<T[K]>;
export function checked<T extends PagefindResponse, K extends keyof T>(step: string, response: T, field?: K): T | NonNullable<T[K]> {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${step}: ${response.errors.join('; ')}`);
  if (field === undefined) return response;
  const value = response[field];
  if (value === undefined || value === null) throw new Error(`Pagefind could not ${step}: it returned no ${String(field)}`);
  return value;
}
