/**
 * Diagnostic accuracy arithmetic: the 2×2 table of a test in a cohort, predictive values,
 * likelihood ratios, post-test probabilities, two tests combined, and the geometry of a
 * Fagan nomogram.
 *
 * Public API:
 *   accuracy({ sensitivity, specificity, prevalence, cohort? })   → 2×2 table and derived values
 *   combineTests(a, b, 'serial' | 'parallel')                     → { sensitivity, specificity }
 *   postTestProbability(preTest, likelihoodRatio)                 → probability after the result
 *   faganPositions(preTest, likelihoodRatio)                      → where a nomogram line crosses its three axes
 *
 * All probabilities are fractions 0-1 and results are unrounded. A quantity that is undefined
 * (0/0, e.g. PPV when nobody tests positive) is null; a positive number divided by 0 is Infinity
 * (LR+ of a test with specificity 1). Bad input throws a RangeError naming it.
 */

export interface TestAccuracy {
  readonly sensitivity: number;
  readonly specificity: number;
}

export interface AccuracyInput extends TestAccuracy {
  readonly prevalence: number;
  /** Number of patients in the imagined cohort (default 1000). */
  readonly cohort?: number;
}

export interface AccuracyResult {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  /** Positive predictive value: P(disease | positive test). */
  readonly ppv: number | null;
  /** Negative predictive value: P(no disease | negative test). */
  readonly npv: number | null;
  readonly lrPositive: number | null;
  readonly lrNegative: number | null;
  /** Probability of disease after a positive result (equals the PPV). */
  readonly postTestPositive: number | null;
  /** Probability of disease after a negative result (1 − NPV). */
  readonly postTestNegative: number | null;
}

export type Combination = 'serial' | 'parallel';

export const DEFAULT_COHORT = 1000;

/** Throw a RangeError naming `name` unless `value` is a number from 0 to 1. */
export function requireFraction(value: unknown, name: string): asserts value is number {
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0 || value > 1) {
    throw new RangeError(`${name} must be a number from 0 to 1; got ${String(value)}`);
  }
}

/** a / b, with 0/0 → null and x/0 → Infinity (both non-negative here). */
function ratio(a: number, b: number): number | null {
  if (b === 0) return a === 0 ? null : Number.POSITIVE_INFINITY;
  return a / b;
}

/** The expected 2×2 table for a cohort, and everything derived from it. */
export function accuracy(input: AccuracyInput): AccuracyResult {
  if (typeof input !== 'object' || input === null)
    throw new RangeError('accuracy needs { sensitivity, specificity, prevalence }');
  const { sensitivity, specificity, prevalence } = input;
  requireFraction(sensitivity, 'sensitivity');
  requireFraction(specificity, 'specificity');
  requireFraction(prevalence, 'prevalence');
  const cohort = input.cohort ?? DEFAULT_COHORT;
  if (typeof cohort !== 'number' || !Number.isFinite(cohort) || cohort <= 0) {
    throw new RangeError(`cohort must be a positive number of patients; got ${String(cohort)}`);
  }
  const diseased = prevalence * cohort;
  const healthy = (1 - prevalence) * cohort;
  const tp = sensitivity * diseased;
  const fn = (1 - sensitivity) * diseased;
  const tn = specificity * healthy;
  const fp = (1 - specificity) * healthy;
  const ppv = ratio(tp, tp + fp);
  const npv = ratio(tn, tn + fn);
  return {
    tp,
    fp,
    fn,
    tn,
    ppv,
    npv,
    lrPositive: ratio(sensitivity, 1 - specificity),
    lrNegative: ratio(1 - sensitivity, specificity),
    postTestPositive: ppv,
    postTestNegative: npv === null ? null : 1 - npv,
  };
}

/**
 * Two tests read together, assuming their errors are independent given disease status
 * (conditional independence; real tests, e.g. CT and MRI, are often correlated).
 * Serial: call positive only if both are positive. Parallel: positive if either is.
 */
export function combineTests(a: TestAccuracy, b: TestAccuracy, mode: Combination): TestAccuracy {
  requireFraction(a?.sensitivity, 'a.sensitivity');
  requireFraction(a?.specificity, 'a.specificity');
  requireFraction(b?.sensitivity, 'b.sensitivity');
  requireFraction(b?.specificity, 'b.specificity');
  if (mode === 'serial') {
    return {
      sensitivity: a.sensitivity * b.sensitivity,
      specificity: 1 - (1 - a.specificity) * (1 - b.specificity),
    };
  }
  if (mode === 'parallel') {
    return {
      sensitivity: 1 - (1 - a.sensitivity) * (1 - b.sensitivity),
      specificity: a.specificity * b.specificity,
    };
  }
  throw new RangeError(`mode must be 'serial' or 'parallel'; got ${String(mode)}`);
}

function requireLikelihoodRatio(value: unknown, name: string): asserts value is number {
  if (typeof value !== 'number' || Number.isNaN(value) || value < 0) {
    throw new RangeError(`${name} must be a number ≥ 0 (Infinity allowed); got ${String(value)}`);
  }
}

/**
 * Bayes' theorem in odds form: post-test odds = pre-test odds × likelihood ratio.
 * Null when the answer is undefined (certain absence with LR = Infinity, certain disease with LR = 0).
 */
export function postTestProbability(preTest: number, likelihoodRatio: number): number | null {
  requireFraction(preTest, 'preTest');
  requireLikelihoodRatio(likelihoodRatio, 'likelihoodRatio');
  if (preTest === 0) return likelihoodRatio === Number.POSITIVE_INFINITY ? null : 0;
  if (preTest === 1) return likelihoodRatio === 0 ? null : 1;
  if (likelihoodRatio === Number.POSITIVE_INFINITY) return 1;
  const odds = (preTest / (1 - preTest)) * likelihoodRatio;
  // Odds beyond the largest double (a huge LR near certainty) mean certainty, not NaN.
  if (odds === Number.POSITIVE_INFINITY) return 1;
  return odds / (1 + odds);
}

/**
 * Fagan nomogram: three parallel vertical axes, equally spaced. Heights are in log10 units:
 * the pre-test axis (left) is drawn at −log10(pre-test odds), the likelihood-ratio axis (middle)
 * at log10(LR) / 2, and the post-test axis (right) at log10(post-test odds). A straight line
 * through the first two points then meets the third axis at the post-test probability, because
 * log10(post odds) = log10(pre odds) + log10(LR). Heights are null where a value is 0, 1 or
 * Infinity (off the ends of the axis).
 */
export function faganPositions(
  preTest: number,
  likelihoodRatio: number,
): { preTest: number | null; likelihoodRatio: number | null; postTest: number | null } {
  requireFraction(preTest, 'preTest');
  requireLikelihoodRatio(likelihoodRatio, 'likelihoodRatio');
  const post = postTestProbability(preTest, likelihoodRatio);
  return {
    preTest: faganProbabilityHeight(preTest, 'left'),
    likelihoodRatio: faganLikelihoodRatioHeight(likelihoodRatio),
    postTest: post === null ? null : faganProbabilityHeight(post, 'right'),
  };
}

/** Height of a probability on the left (inverted) or right axis of a Fagan nomogram. */
export function faganProbabilityHeight(probability: number, side: 'left' | 'right'): number | null {
  requireFraction(probability, 'probability');
  if (probability === 0 || probability === 1) return null;
  const logOdds = Math.log10(probability / (1 - probability));
  return side === 'left' ? -logOdds : logOdds;
}

/** Height of a likelihood ratio on the middle axis of a Fagan nomogram. */
export function faganLikelihoodRatioHeight(likelihoodRatio: number): number | null {
  requireLikelihoodRatio(likelihoodRatio, 'likelihoodRatio');
  if (likelihoodRatio === 0 || likelihoodRatio === Number.POSITIVE_INFINITY) return null;
  return Math.log10(likelihoodRatio) / 2;
}

/**
 * Whole-patient counts for an icon array: the four cells rounded so that they still add up to
 * the cohort (largest-remainder rounding). Cohort must be a whole number.
 */
export function naturalFrequencies(
  result: AccuracyResult,
  cohort: number,
): { tp: number; fp: number; fn: number; tn: number } {
  if (!Number.isInteger(cohort) || cohort <= 0)
    throw new RangeError(`cohort must be a positive whole number; got ${String(cohort)}`);
  const cells = (['tp', 'fn', 'fp', 'tn'] as const).map((key) => ({
    key,
    exact: result[key],
    whole: Math.floor(result[key] + 1e-9),
  }));
  let missing = cohort - cells.reduce((total, c) => total + c.whole, 0);
  const byRemainder = [...cells].sort((a, b) => b.exact - b.whole - (a.exact - a.whole));
  for (const cell of byRemainder) {
    if (missing <= 0) break;
    cell.whole += 1;
    missing -= 1;
  }
  const out = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const c of cells) out[c.key] = c.whole;
  return out;
}
