/**
 * How many cases each fuzz property tries: 300 inside the normal test run, 10 000 under
 * `npm run fuzz` (FUZZ_RUNS=10000). Timeouts grow with the count.
 */
export const runs = Number(process.env.FUZZ_RUNS ?? 300);
export const fuzz = { numRuns: runs } as const;
/** A per-test timeout for a property of roughly `msPerCase` milliseconds a case. */
export const timeoutFor = (msPerCase = 2): number => Math.max(10_000, runs * msPerCase * 3);
