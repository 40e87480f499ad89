/**
 * Notes for RELIABILITY.md: a test states which kind of fault or bad input it tried, how many cases
 * and what happened, as a diagnostic line `reliability {json}` that scripts/reliability.ts collects
 * from the test run (and joins with the test's pass or failure).
 */

export interface ReliabilityNote {
  /** The kind of fault or bad input, e.g. "truncated PDF" (one row of the table per kind). */
  readonly fault: string;
  readonly cases: number;
  /** What happens to such input when the test passes, e.g. "refused, file named; store unchanged". */
  readonly outcome: string;
}

export const NOTE_PREFIX = 'reliability ';

/** Records a note on the running test (`t` is node:test's TestContext). */
export function note(t: { readonly name: string; diagnostic(message: string): void }, n: ReliabilityNote): void {
  t.diagnostic(`${NOTE_PREFIX}${JSON.stringify({ test: t.name, ...n })}`);
}
