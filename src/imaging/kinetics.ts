/**
 * The one door between the imaging engine and the shared contrast model (src/physics/): every
 * contrast enhancement drawn on a simulated CT, MRI or CEUS image comes from the same curves the
 * contrast-timing simulator plots, so the pictures and the simulator page can never disagree.
 */
import {
  DEFAULT_PROTOCOL,
  MODEL_HORIZON_S,
  enhancementSnapshot,
  type InjectionProtocol,
  type Tissue as KineticsCurve,
} from '../physics/contrast-timing';

export type { InjectionProtocol, KineticsCurve };
export { DEFAULT_PROTOCOL };

/** How a tissue's enhancement is made from the simulator's curves: a weighted sum. */
export type KineticsMix = Readonly<Partial<Record<KineticsCurve, number>>>;

/** Latest time the simulator models; later acquisitions (e.g. a 20-min hepatobiliary phase) read this. */
export const KINETICS_HORIZON_S = MODEL_HORIZON_S;

// Snapshots already computed, by protocol (its values, not its identity: a simulator may edit one
// object in place) and time: scrolling a stack asks for the same phase on every slice, and
// integrating the compartment model each time cost a few milliseconds.
const snapshots = new Map<string, Readonly<Record<KineticsCurve, number>>>();
const SNAPSHOT_CACHE_SIZE = 128;

/** ΔHU of every simulator curve at `timeS` seconds after the start of injection. */
export function curveSnapshot(
  timeS: number,
  protocol: InjectionProtocol = DEFAULT_PROTOCOL,
): Readonly<Record<KineticsCurve, number>> {
  if (!Number.isFinite(timeS) || timeS < 0)
    throw new RangeError(`timeS must be a time after injection in seconds; got ${timeS}`);
  const t = Math.min(timeS, MODEL_HORIZON_S);
  const key = `${t}|${JSON.stringify(protocol)}`;
  const hit = snapshots.get(key);
  if (hit) return hit;
  const snapshot = Object.freeze({ ...enhancementSnapshot(t, protocol) });
  if (snapshots.size >= SNAPSHOT_CACHE_SIZE) snapshots.delete(snapshots.keys().next().value!);
  snapshots.set(key, snapshot);
  return snapshot;
}

/** ΔHU of a tissue whose kinetics are `mix`, given a snapshot of the curves. */
export function mixedEnhancement(mix: KineticsMix, snapshot: Readonly<Record<KineticsCurve, number>>): number {
  let sum = 0;
  for (const [curve, weight] of Object.entries(mix) as [KineticsCurve, number][]) sum += weight * snapshot[curve];
  return sum;
}
