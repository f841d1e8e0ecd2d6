/**
 * Turning the review's reported figures into numbers the calculator can use, without inventing
 * any: a point value (the reported one, or, when only a range is printed, its midpoint, flagged
 * so the page can say so) and the range, and the spread of every derived quantity across the
 * reported ranges (the band drawn on the page).
 */
import { accuracy, type AccuracyResult } from './engine';
import type { ReportedPercent } from './scenarios';

export interface UsableFigure {
  /** Fraction 0-1. */
  readonly point: number;
  readonly low: number;
  readonly high: number;
  /** True when the review printed only a range and `point` is its midpoint (our arithmetic). */
  readonly pointIsMidpoint: boolean;
}

/** Percent to fraction without binary noise (96.2 % → 0.962, not 0.9620000000000001). */
const fraction = (percent: number): number => Math.round(percent * 1e6) / 1e8;

/** A reported percentage as fractions, or null when the review reports nothing. */
export function usableFigure(reported: ReportedPercent | null): UsableFigure | null {
  if (reported === null) return null;
  const { value, low, high } = reported;
  if (value !== null)
    return {
      point: fraction(value),
      low: fraction(low ?? value),
      high: fraction(high ?? value),
      pointIsMidpoint: false,
    };
  if (low !== null && high !== null)
    return { point: fraction((low + high) / 2), low: fraction(low), high: fraction(high), pointIsMidpoint: true };
  return null;
}

export type BandKey = 'ppv' | 'npv' | 'lrPositive' | 'lrNegative' | 'postTestPositive' | 'postTestNegative';
export type AccuracyBand = Record<BandKey, { min: number | null; max: number | null }>;

const BAND_KEYS: readonly BandKey[] = [
  'ppv',
  'npv',
  'lrPositive',
  'lrNegative',
  'postTestPositive',
  'postTestNegative',
];

/**
 * Smallest and largest value of each derived quantity when sensitivity and specificity move
 * anywhere within their ranges. Each quantity is monotonic in both, so the four corners suffice.
 */
export function accuracyBand(sensitivity: UsableFigure, specificity: UsableFigure, prevalence: number): AccuracyBand {
  const corners: AccuracyResult[] = [];
  for (const se of [sensitivity.low, sensitivity.high]) {
    for (const sp of [specificity.low, specificity.high])
      corners.push(accuracy({ sensitivity: se, specificity: sp, prevalence }));
  }
  const band = {} as AccuracyBand;
  for (const key of BAND_KEYS) {
    const values = corners.map((c) => c[key]).filter((v): v is number => v !== null);
    band[key] = values.length === 0 ? { min: null, max: null } : { min: Math.min(...values), max: Math.max(...values) };
  }
  return band;
}
