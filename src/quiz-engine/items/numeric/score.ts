import type { NumericResponse } from './schema';
import { parseNumericAnswer } from './parse';
import { scoreOf, type ScoreResult } from '../result';

/** The fields of a numeric question (a numeric item, or a numeric step of a case). */
export interface NumericKey {
  readonly answer: number;
  readonly tolerance: number;
  readonly unit: string;
}

/**
 * Numeric with tolerance and units (e.g. the percentage change of a sum of diameters).
 *
 * All or nothing: one mark when the typed value is within the absolute tolerance of the key,
 * bounds included (key −30, tolerance 1: −31 and −29 both count, −31.1 does not). No partial
 * credit, because "close" is what the tolerance already expresses. Text that is not a number
 * or carries another unit earns nothing here; the validator turns it back first.
 */
export function scoreNumeric(item: NumericKey, response: NumericResponse): ScoreResult {
  const parsed = parseNumericAnswer(response.value, item.unit);
  if (!parsed.ok) return scoreOf(0, 1);
  return scoreOf(withinTolerance(parsed.value, item.answer, item.tolerance) ? 1 : 0, 1);
}

/** |value − key| ≤ tolerance, forgiving the last bits of binary rounding (0.1 + 0.2). */
export function withinTolerance(value: number, key: number, tolerance: number): boolean {
  const slack = 1e-9 * Math.max(1, Math.abs(key), Math.abs(value));
  return Math.abs(value - key) <= tolerance + slack;
}
