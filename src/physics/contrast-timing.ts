/**
 * Contrast-phase timing: how much each tissue enhances at each moment after an injection, which
 * phase a scan at a given delay falls in, and how conspicuous a lesion is against its background.
 *
 * Public API (stable; the page, the imaging engine and tests use these names):
 *   simulateEnhancement(protocol, timesS)             → { [tissue]: ΔHU[] aligned with timesS }
 *   enhancementAt(tissue, timeS, protocol)            → ΔHU at one instant (memoised per protocol)
 *   enhancementSnapshot(timeS, protocol)              → { [tissue]: ΔHU } at one instant
 *   phaseAt(timeS, protocol)                          → the phase a scan at that delay falls in
 *   phaseWindows(protocol)                            → start and end of every phase (for bands)
 *   conspicuity(lesion, background, protocol, timesS) → lesion minus background ΔHU per time
 *   triggerTimeS(protocol, thresholdHu)               → when the aorta reaches a bolus-tracking threshold
 *   peakOf(tissue, protocol)                          → time and height of a tissue's peak
 *
 * The numbers come from a compartment model (contrast-compartment-model.ts) whose parameters are
 * model assumptions, not values from the review. The review itself gives the protocol advice the
 * page teaches: flow above 3 mL/s for good phase separation, and a late-arterial (30 s) or
 * pancreatic (40 s) phase for NETs (review, "The optimization of imaging techniques" and the
 * pancreatic NET section).
 */
import {
  MODEL_TISSUES,
  integrateCompartmentModel,
  type EnhancementTable,
  type ModelTissue,
} from './contrast-compartment-model';

export type CardiacOutput = 'low' | 'normal' | 'high';

export interface InjectionProtocol {
  readonly rateMlPerS: number;
  readonly volumeMl: number;
  readonly concentrationMgIPerMl: number;
  readonly cardiacOutput: CardiacOutput;
}

/** Every tissue the model gives a curve for. */
export type Tissue = ModelTissue;
export const TISSUES: readonly Tissue[] = MODEL_TISSUES;

export const PHASES = [
  'unenhanced',
  'early-arterial',
  'late-arterial',
  'pancreatic',
  'portal-venous',
  'delayed',
] as const;
export type Phase = (typeof PHASES)[number];

export interface PhaseWindow {
  readonly phase: Phase;
  readonly startS: number;
  readonly endS: number;
}

export type EnhancementCurves = Record<Tissue, number[]>;

/** A typical NET protocol: 100 mL of 350 mgI/mL at 4 mL/s (the domain note's calibration case). */
export const DEFAULT_PROTOCOL: InjectionProtocol = {
  rateMlPerS: 4,
  volumeMl: 100,
  concentrationMgIPerMl: 350,
  cardiacOutput: 'normal',
};

/** The model is integrated up to this many seconds after the start of injection (10 minutes). */
export const MODEL_HORIZON_S = 600;

// model assumption: cardiac output 4.0 / 6.5 / 8.5 L/min for low / normal / high (normal from the
// domain note §5; the flow phantom in JCAT 2017, PubMed 28471868, spanned 2.8-5.6 L/min).
const CARDIAC_OUTPUT_ML_PER_S: Record<CardiacOutput, number> = {
  low: 4000 / 60,
  normal: 6500 / 60,
  high: 8500 / 60,
};

// model assumption: accepted protocol ranges, wide enough for any adult CT injection.
const PROTOCOL_LIMITS = {
  rateMlPerS: { min: 0.5, max: 10, unit: 'mL/s' },
  volumeMl: { min: 10, max: 250, unit: 'mL' },
  concentrationMgIPerMl: { min: 100, max: 400, unit: 'mg I/mL' },
} as const;

// model assumption: bolus tracking triggers when the aorta is 100 HU above baseline
// (Korean pancreatic-phase study, domain note §1: aorta > 100 HU).
export const DEFAULT_TRIGGER_HU = 100;
// model assumption: "contrast has arrived" once the aorta reaches 10 % of its own peak.
const ARRIVAL_FRACTION_OF_PEAK = 0.1;
// model assumption: phase windows as delays after the 100 HU trigger, from the domain note §1:
// late arterial = trigger + 15-20 s (Radiopaedia), review: late arterial ≈ 30 s;
// pancreatic = trigger + 20 s ≈ 38 s (Korean study), review: pancreatic ≈ 40 s;
// portal venous: from trigger + 50 s (≈65 s after injection), where the portal-venous scan is made
// in practice (≈65-80 s; domain note §1: 65-70 s protocols, liver peak 60-75 s after injection);
// delayed (equilibrium) from about 2 minutes (LI-RADS 2-5 min).
const LATE_ARTERIAL_AFTER_TRIGGER_S = 10;
const PANCREATIC_AFTER_TRIGGER_S = 20;
const PORTAL_VENOUS_AFTER_TRIGGER_S = 50;
const DELAYED_AFTER_TRIGGER_S = 105;

/** Throw a RangeError naming the field unless the protocol is usable. */
export function validateProtocol(protocol: InjectionProtocol): void {
  if (typeof protocol !== 'object' || protocol === null) {
    throw new RangeError(
      'protocol must be an object with rateMlPerS, volumeMl, concentrationMgIPerMl and cardiacOutput',
    );
  }
  for (const field of ['rateMlPerS', 'volumeMl', 'concentrationMgIPerMl'] as const) {
    const value: unknown = protocol[field];
    const { min, max, unit } = PROTOCOL_LIMITS[field];
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      throw new RangeError(`protocol.${field} must be a number from ${min} to ${max} ${unit}; got ${String(value)}`);
    }
  }
  if (!Object.hasOwn(CARDIAC_OUTPUT_ML_PER_S, protocol.cardiacOutput)) {
    throw new RangeError(
      `protocol.cardiacOutput must be 'low', 'normal' or 'high'; got ${String(protocol.cardiacOutput)}`,
    );
  }
}

function validateTime(timeS: unknown, name: string): asserts timeS is number {
  if (typeof timeS !== 'number' || !Number.isFinite(timeS) || timeS < 0 || timeS > MODEL_HORIZON_S) {
    throw new RangeError(`${name} must be a number of seconds from 0 to ${MODEL_HORIZON_S}; got ${String(timeS)}`);
  }
}

function validateTissue(tissue: unknown, name: string): asserts tissue is Tissue {
  if (typeof tissue !== 'string' || !(MODEL_TISSUES as readonly string[]).includes(tissue)) {
    throw new RangeError(`${name} must be one of ${MODEL_TISSUES.join(', ')}; got ${String(tissue)}`);
  }
}

interface SimulatedProtocol {
  readonly table: EnhancementTable;
  readonly windows: readonly PhaseWindow[];
}

// Memoisation: integrating takes a few milliseconds; reading a curve is an array lookup. The cache
// keeps the most recent protocols (a page moving a slider, the imaging engine drawing slices).
const CACHE_SIZE = 16;
const cache = new Map<string, SimulatedProtocol>();

const protocolKey = (p: InjectionProtocol): string =>
  `${p.rateMlPerS}|${p.volumeMl}|${p.concentrationMgIPerMl}|${p.cardiacOutput}`;

function simulated(protocol: InjectionProtocol): SimulatedProtocol {
  validateProtocol(protocol); // cheap, and a cached key must never let a malformed protocol through
  const key = protocolKey(protocol);
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit); // most recently used goes last
    return hit;
  }
  const table = integrateCompartmentModel(
    {
      rateMlPerS: protocol.rateMlPerS,
      volumeMl: protocol.volumeMl,
      concentrationMgIPerMl: protocol.concentrationMgIPerMl,
      cardiacOutputMlPerS: CARDIAC_OUTPUT_ML_PER_S[protocol.cardiacOutput],
    },
    MODEL_HORIZON_S,
  );
  const entry = { table, windows: windowsFor(table) };
  cache.set(key, entry);
  if (cache.size > CACHE_SIZE) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return entry;
}

/** Linear interpolation in a sampled curve. */
function sampleAt(table: EnhancementTable, tissue: Tissue, timeS: number): number {
  const curve = table.curves[tissue];
  const position = timeS / table.sampleStepS;
  const i = Math.min(Math.floor(position), curve.length - 1);
  const fraction = position - i;
  const a = curve[i] ?? 0;
  const b = curve[i + 1] ?? a;
  return a + (b - a) * fraction;
}

/** First sampled time at which `tissue` reaches `thresholdHu`, or null if it never does. */
function firstCrossing(table: EnhancementTable, tissue: Tissue, thresholdHu: number): number | null {
  const curve = table.curves[tissue];
  for (let i = 0; i < curve.length; i++) {
    const value = curve[i] ?? 0;
    if (value >= thresholdHu) {
      if (i === 0) return 0;
      const before = curve[i - 1] ?? 0;
      return (i - 1 + (thresholdHu - before) / (value - before)) * table.sampleStepS;
    }
  }
  return null;
}

function peakIn(table: EnhancementTable, tissue: Tissue): { timeS: number; deltaHu: number } {
  const curve = table.curves[tissue];
  let best = 0;
  for (let i = 1; i < curve.length; i++) if ((curve[i] ?? 0) > (curve[best] ?? 0)) best = i;
  return { timeS: best * table.sampleStepS, deltaHu: curve[best] ?? 0 };
}

function windowsFor(table: EnhancementTable): PhaseWindow[] {
  const aorticPeak = peakIn(table, 'aorta');
  const arrival = firstCrossing(table, 'aorta', ARRIVAL_FRACTION_OF_PEAK * aorticPeak.deltaHu) ?? 0;
  // A weak bolus may never reach 100 HU: fall back to the time the aorta reaches half its peak.
  const trigger =
    firstCrossing(table, 'aorta', DEFAULT_TRIGGER_HU) ??
    firstCrossing(table, 'aorta', aorticPeak.deltaHu / 2) ??
    arrival;
  const bounds = [
    0,
    arrival,
    Math.max(arrival, trigger + LATE_ARTERIAL_AFTER_TRIGGER_S),
    trigger + PANCREATIC_AFTER_TRIGGER_S,
    trigger + PORTAL_VENOUS_AFTER_TRIGGER_S,
    trigger + DELAYED_AFTER_TRIGGER_S,
    MODEL_HORIZON_S,
  ].map((s) => Math.min(s, MODEL_HORIZON_S));
  return PHASES.map((phase, i) => ({ phase, startS: bounds[i] ?? 0, endS: bounds[i + 1] ?? MODEL_HORIZON_S }));
}

/** ΔHU of every tissue at each time in `timesS` (seconds from the start of injection). */
export function simulateEnhancement(protocol: InjectionProtocol, timesS: readonly number[]): EnhancementCurves {
  validateProtocol(protocol);
  if (!Array.isArray(timesS)) throw new RangeError('timesS must be an array of seconds');
  timesS.forEach((t, i) => validateTime(t, `timesS[${i}]`));
  const { table } = simulated(protocol);
  const curves = {} as EnhancementCurves;
  for (const tissue of MODEL_TISSUES) curves[tissue] = timesS.map((t) => sampleAt(table, tissue, t));
  return curves;
}

/** ΔHU of one tissue at one time: cheap after the first call for a protocol. */
export function enhancementAt(tissue: Tissue, timeS: number, protocol: InjectionProtocol): number {
  validateTissue(tissue, 'tissue');
  validateTime(timeS, 'timeS');
  return sampleAt(simulated(protocol).table, tissue, timeS);
}

/** ΔHU of every tissue at one time (one lookup per tissue). */
export function enhancementSnapshot(timeS: number, protocol: InjectionProtocol): Record<Tissue, number> {
  validateTime(timeS, 'timeS');
  const { table } = simulated(protocol);
  const snapshot = {} as Record<Tissue, number>;
  for (const tissue of MODEL_TISSUES) snapshot[tissue] = sampleAt(table, tissue, timeS);
  return snapshot;
}

/** Phase windows for a protocol, in order, covering 0 to MODEL_HORIZON_S. */
export function phaseWindows(protocol: InjectionProtocol): readonly PhaseWindow[] {
  return simulated(protocol).windows;
}

/** The phase a scan `timeS` seconds after the start of injection falls in. */
export function phaseAt(timeS: number, protocol: InjectionProtocol): Phase {
  validateTime(timeS, 'timeS');
  const windows = phaseWindows(protocol);
  for (const w of windows) if (timeS < w.endS) return w.phase;
  return 'delayed';
}

/** Lesion minus background ΔHU at each time: positive = brighter than its background. */
export function conspicuity(
  lesion: Tissue,
  background: Tissue,
  protocol: InjectionProtocol,
  timesS: readonly number[],
): number[] {
  validateTissue(lesion, 'lesion');
  validateTissue(background, 'background');
  const curves = simulateEnhancement(protocol, timesS);
  return curves[lesion].map((value, i) => value - (curves[background][i] ?? 0));
}

/** When the aorta first reaches `thresholdHu` above baseline (bolus tracking), or null if never. */
export function triggerTimeS(protocol: InjectionProtocol, thresholdHu: number = DEFAULT_TRIGGER_HU): number | null {
  if (typeof thresholdHu !== 'number' || !Number.isFinite(thresholdHu) || thresholdHu <= 0) {
    throw new RangeError(`thresholdHu must be a positive number of HU; got ${String(thresholdHu)}`);
  }
  return firstCrossing(simulated(protocol).table, 'aorta', thresholdHu);
}

/** Time (s) and height (ΔHU) of a tissue's highest enhancement within the model horizon. */
export function peakOf(tissue: Tissue, protocol: InjectionProtocol): { timeS: number; deltaHu: number } {
  validateTissue(tissue, 'tissue');
  return peakIn(simulated(protocol).table, tissue);
}
