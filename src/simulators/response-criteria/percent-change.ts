/**
 * Exact percentage changes for response criteria.
 *
 * Measurements are whole hundredths, so a change is the ratio of two integers. Comparisons with a
 * threshold ("at least 30 % below") are made by cross-multiplying integers, never by comparing a
 * rounded float, so 70 mm against a 100 mm baseline is exactly −30 % and is a partial response.
 */

/**
 * Is `value` at least `percent` % above `reference` (percent > 0), or at least |percent| % below
 * it (percent < 0)? Inputs are integers (hundredths). Inclusive, exact.
 */
export function reachesChange(value: number, reference: number, percent: number): boolean {
  // value ≥ reference · (100 + percent) / 100  ⇔  100·value ≥ (100 + percent)·reference (reference ≥ 0)
  if (percent >= 0) return 100 * value >= (100 + percent) * reference;
  return 100 * value <= (100 + percent) * reference;
}

/**
 * Ratio form of `reachesChange` for means: is (aNum/aDen) at least |percent| % below (bNum/bDen)?
 * All integers, denominators positive.
 */
export function meanReachesDecrease(aNum: number, aDen: number, bNum: number, bDen: number, percent: number): boolean {
  // aNum/aDen ≤ (100 − percent)/100 · bNum/bDen  ⇔  100·aNum·bDen ≤ (100 − percent)·bNum·aDen
  return 100 * aNum * bDen <= (100 - percent) * bNum * aDen;
}

/**
 * Percentage change from `reference` to `value` (both as numerator/denominator pairs of integers),
 * truncated toward zero at two decimals so that the printed figure never crosses a whole-number
 * threshold the exact value has not reached. `null` when the reference is 0.
 */
export function percentChange(
  valueNum: number,
  valueDen: number,
  referenceNum: number,
  referenceDen = 1,
): number | null {
  if (referenceNum === 0 || valueDen === 0 || referenceDen === 0) return null;
  // change·10000 = 10000·(v·rD − r·vD) / (r·vD), as an exact integer quotient.
  const numerator = 10000 * (valueNum * referenceDen - referenceNum * valueDen);
  const denominator = referenceNum * valueDen;
  const sign = Math.sign(numerator) * Math.sign(denominator);
  const n = Math.abs(numerator);
  const d = Math.abs(denominator);
  let q = Math.floor(n / d);
  while ((q + 1) * d <= n) q += 1;
  while (q * d > n) q -= 1;
  const truncated = (sign * q) / 100;
  return Object.is(truncated, -0) ? 0 : truncated;
}
