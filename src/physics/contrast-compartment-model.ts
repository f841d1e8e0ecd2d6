/**
 * A reduced Bae-type compartment model of iodinated contrast in the adult circulation.
 *
 * The body is a network of well-mixed tanks joined by blood flow: an injection enters an arm vein,
 * passes a chain of tanks standing for the right heart, lungs and left heart (a chain of identical
 * tanks gives the gamma-variate shape of a first-pass bolus), reaches the aorta, and is shared out
 * to the organs. Each organ has a blood space and an interstitial (extracellular) space joined by a
 * permeability-surface product; the gut, spleen and pancreas drain into the portal vein, which
 * with the hepatic artery supplies the liver; the kidneys clear contrast; everything returns to the
 * heart and recirculates. Lesions and small tissues are "probes": driven by the aortic
 * concentration, they do not feed contrast back into the circulation.
 *
 * Design and calibration: /work/shared/domain/contrast-timing.md section 5 (Bae, Radiology
 * 2010;256:32-61; Bae's 2003 porcine reduced model). None of these parameters come from the
 * review: every one is a model assumption, hand-calibrated so that the curves match the
 * published anchors listed beside them. Units: s, mL, mL/s, mg iodine per mL.
 *
 * This module is the numerical core only; validation, memoisation and phases live in
 * contrast-timing.ts.
 */

/** Everything the integrator needs about one injection. */
export interface CompartmentInput {
  readonly rateMlPerS: number;
  readonly volumeMl: number;
  readonly concentrationMgIPerMl: number;
  /** Cardiac output in mL/s. */
  readonly cardiacOutputMlPerS: number;
}

/** Names of the curves the model produces, in a fixed order. */
export const MODEL_TISSUES = [
  'aorta',
  'portal-vein',
  'pancreas',
  'liver',
  'spleen',
  'kidney-cortex',
  'hypervascular-net',
  'hypervascular-liver-metastasis',
  'hypovascular-metastasis',
  'fibrous-delayed',
  'muscle',
  'fat',
] as const;

export type ModelTissue = (typeof MODEL_TISSUES)[number];

/** Sampled enhancement (ΔHU) of every tissue, every `sampleStepS` seconds from t = 0. */
export interface EnhancementTable {
  readonly sampleStepS: number;
  readonly horizonS: number;
  readonly curves: Readonly<Record<ModelTissue, Float64Array>>;
}

// model assumption: explicit Euler step 0.02 s (domain note §5: 0.005 s changes peaks by < 0.1 HU).
const STEP_S = 0.02;
// model assumption: store every 5th step (0.1 s); callers interpolate linearly between samples.
const STEPS_PER_SAMPLE = 5;

// model assumption: haematocrit 0.42; contrast stays in plasma, so exchange uses C_blood / (1 − Hct).
const HAEMATOCRIT = 0.42;
// model assumption: 25 HU per mg I/mL, a calibration constant (domain note §5), not a sourced physical value.
const HU_PER_MG_I_PER_ML = 25;
// model assumption: 6 s from the antecubital vein to the central chain (domain note §5).
const ARM_DELAY_S = 6;
// model assumption: heart-lung chain of 1200 mL in 7 tanks, giving a gamma-variate first pass (domain note §4-5).
const CENTRAL_VOLUME_ML = 1200;
const CENTRAL_TANKS = 7;
// model assumption: aortic mixing volume 100 mL (domain note §5).
const AORTA_VOLUME_ML = 100;
// model assumption: portal-venous mixing volume 300 mL (splanchnic veins, SMV, splenic and portal
// vein together; the domain note's 80 mL put the portal peak at ≈45 s, earlier than practice, where
// the portal vein peaks at ≈55-65 s and the portal-venous acquisition is made at ≈65-80 s).
const PORTAL_VEIN_VOLUME_ML = 300;
// model assumption: venous pool of 2000 mL in 2 tanks returning the rest of the body (domain note §5).
const VENOUS_POOL_ML = 2000;

/** An organ that exchanges contrast with the circulation. Flow is a fraction of cardiac output. */
interface OrganParameters {
  readonly flowFraction: number;
  readonly bloodMl: number;
  readonly interstitialMl: number;
  readonly permeabilitySurfaceMlPerS: number;
  readonly tissueMl: number;
}

// model assumption: organ flows, volumes and permeability-surface products from the domain note §5,
// hand-calibrated to: aortic peak 367 ± 67 HU and arrival 15.5 ± 3.5 s (PubMed 18492873); pancreas
// peak ≈74 ΔHU at ≈39-71 s depending on rate (scilit c67761…); liver peak 56 ± 11 HU at 60-75 s
// (PubMed 18492873; bolus-tracking scan-delay study).
// model assumption: gut blood volume 700 mL (re-fitted from the note's 600 mL with the portal timing above).
const GUT: OrganParameters = {
  flowFraction: 0.18,
  bloodMl: 700,
  interstitialMl: 1200,
  permeabilitySurfaceMlPerS: 6,
  tissueMl: 2000,
};
const SPLEEN: OrganParameters = {
  flowFraction: 0.05,
  bloodMl: 150,
  interstitialMl: 50,
  permeabilitySurfaceMlPerS: 6,
  tissueMl: 200,
};
const PANCREAS: OrganParameters = {
  flowFraction: 0.02,
  bloodMl: 10,
  interstitialMl: 15,
  permeabilitySurfaceMlPerS: 3,
  tissueMl: 100,
};
// model assumption: hepatic artery 6.5 % of cardiac output; portal inflow is gut + spleen + pancreas = 25 %.
const HEPATIC_ARTERY_FRACTION = 0.065;
const LIVER: OrganParameters = {
  flowFraction: 0,
  bloodMl: 250,
  interstitialMl: 300,
  permeabilitySurfaceMlPerS: 60,
  tissueMl: 1500,
};
// model assumption: the kidney compartment stands for the renal cortex; glomerular clearance 1.5 mL/s of plasma.
const KIDNEY: OrganParameters = {
  flowFraction: 0.2,
  bloodMl: 100,
  interstitialMl: 80,
  permeabilitySurfaceMlPerS: 5,
  tissueMl: 300,
};
const KIDNEY_CLEARANCE_ML_PER_S = 1.5;
// model assumption: the rest of the body takes the remaining 48.5 % of flow.
const REST: OrganParameters = {
  flowFraction: 0.485,
  bloodMl: 400,
  interstitialMl: 10000,
  permeabilitySurfaceMlPerS: 10,
  tissueMl: 1,
};

/** A probe tissue, per mL of tissue: flow and permeability per second, volumes as fractions. */
interface ProbeParameters {
  readonly flowPerS: number;
  readonly bloodFraction: number;
  readonly interstitialFraction: number;
  readonly permeabilityPerS: number;
}

const PROBES = {
  // model assumption: hypervascular pNET (domain note §5), calibrated to a tumour/pancreas arterial ratio
  // near 1.53 (Belousova et al., Clin Radiol 2016) and to the review's late-arterial 30 s / pancreatic 40 s timing.
  'hypervascular-net': { flowPerS: 0.06, bloodFraction: 0.25, interstitialFraction: 0.12, permeabilityPerS: 0.02 },
  // model assumption: hypervascular NET liver metastasis with arterial supply only (domain note §5):
  // arterial enhancement then portal-phase washout (radiologykey NET chapter).
  'hypervascular-liver-metastasis': {
    flowPerS: 0.035,
    bloodFraction: 0.15,
    interstitialFraction: 0.12,
    permeabilityPerS: 0.02,
  },
  // model assumption: hypovascular liver metastasis, low arterial flow and small blood volume, so it stays
  // darker than the liver and is most conspicuous when the liver peaks in the portal phase. Not from a source value.
  'hypovascular-metastasis': {
    flowPerS: 0.006,
    bloodFraction: 0.03,
    interstitialFraction: 0.2,
    permeabilityPerS: 0.003,
  },
  // model assumption: fibrous (desmoplastic) lesion, little blood but a large, slowly filling interstitium,
  // so it enhances progressively and is brightest in the delayed phase. Shape chosen, not fitted.
  'fibrous-delayed': { flowPerS: 0.008, bloodFraction: 0.03, interstitialFraction: 0.4, permeabilityPerS: 0.0025 },
  // model assumption: resting skeletal muscle, low flow and extracellular space ≈ 12 %; a few tens of HU at most.
  muscle: { flowPerS: 0.004, bloodFraction: 0.03, interstitialFraction: 0.12, permeabilityPerS: 0.002 },
  // model assumption: fat, very little blood or extracellular water; enhances only a few HU.
  fat: { flowPerS: 0.001, bloodFraction: 0.01, interstitialFraction: 0.05, permeabilityPerS: 0.0005 },
} as const satisfies Record<string, ProbeParameters>;

type ProbeName = keyof typeof PROBES;
const PROBE_NAMES = Object.keys(PROBES) as ProbeName[];

const PLASMA_FACTOR = 1 / (1 - HAEMATOCRIT);

// State vector layout: central chain, aorta, portal vein, venous pool (2), then a blood and an
// interstitial concentration for each exchanging organ and each probe. Plain indices into one
// Float64Array keep the inner loop free of allocation (≈ 2 ms for 10 minutes of model time).
const CENTRAL = 0;
const AORTA = CENTRAL + CENTRAL_TANKS;
const PORTAL = AORTA + 1;
const POOL = PORTAL + 1;
const ORGANS: readonly OrganParameters[] = [GUT, SPLEEN, PANCREAS, LIVER, KIDNEY, REST];
const [GUT_I, SPLEEN_I, PANCREAS_I, LIVER_I, KIDNEY_I, REST_I] = [0, 1, 2, 3, 4, 5].map((k) => POOL + 2 + 2 * k) as [
  number,
  number,
  number,
  number,
  number,
  number,
];
const PROBE_LIST: readonly ProbeParameters[] = PROBE_NAMES.map((name) => PROBES[name]);
const PROBE_START = POOL + 2 + 2 * ORGANS.length;
const STATE_SIZE = PROBE_START + 2 * PROBE_LIST.length;

/**
 * Two-space exchange for an organ at index `i` (blood at i, interstitium at i + 1): flow brings
 * `inflow`, plasma exchanges with the interstitium, and `clearance` removes contrast from plasma.
 */
function organ(
  y: Float64Array,
  dy: Float64Array,
  i: number,
  inflow: number,
  flow: number,
  p: OrganParameters,
  clearance: number,
): void {
  const blood = y[i] as number;
  const exchange = p.permeabilitySurfaceMlPerS * (blood * PLASMA_FACTOR - (y[i + 1] as number));
  dy[i] = (flow * (inflow - blood) - exchange - clearance * blood * PLASMA_FACTOR) / p.bloodMl;
  dy[i + 1] = exchange / p.interstitialMl;
}

const organHu = (y: Float64Array, i: number, p: OrganParameters): number =>
  (HU_PER_MG_I_PER_ML * (p.bloodMl * (y[i] as number) + p.interstitialMl * (y[i + 1] as number))) / p.tissueMl;

/**
 * Integrate the model from the start of injection to `horizonS` and return sampled ΔHU curves.
 */
export function integrateCompartmentModel(input: CompartmentInput, horizonS: number): EnhancementTable {
  const co = input.cardiacOutputMlPerS;
  const injectionMgPerS = input.rateMlPerS * input.concentrationMgIPerMl;
  const injectionEndS = input.volumeMl / input.rateMlPerS;
  const tankMl = CENTRAL_VOLUME_ML / CENTRAL_TANKS;
  const poolTankMl = VENOUS_POOL_ML / 2;
  const gutFlow = GUT.flowFraction * co;
  const spleenFlow = SPLEEN.flowFraction * co;
  const pancreasFlow = PANCREAS.flowFraction * co;
  const portalFlow = gutFlow + spleenFlow + pancreasFlow;
  const hepaticArteryFlow = HEPATIC_ARTERY_FRACTION * co;
  const liverFlow = portalFlow + hepaticArteryFlow;
  const kidneyFlow = KIDNEY.flowFraction * co;
  const restFlow = REST.flowFraction * co;

  const y = new Float64Array(STATE_SIZE);
  const dy = new Float64Array(STATE_SIZE);
  const sampleCount = Math.floor(horizonS / (STEP_S * STEPS_PER_SAMPLE)) + 1;
  const curves = Object.fromEntries(MODEL_TISSUES.map((t) => [t, new Float64Array(sampleCount)])) as Record<
    ModelTissue,
    Float64Array
  >;
  const probeCurves = PROBE_NAMES.map((name) => curves[name]);

  const record = (sample: number): void => {
    curves.aorta[sample] = HU_PER_MG_I_PER_ML * (y[AORTA] as number);
    curves['portal-vein'][sample] = HU_PER_MG_I_PER_ML * (y[PORTAL] as number);
    curves.pancreas[sample] = organHu(y, PANCREAS_I, PANCREAS);
    curves.liver[sample] = organHu(y, LIVER_I, LIVER);
    curves.spleen[sample] = organHu(y, SPLEEN_I, SPLEEN);
    curves['kidney-cortex'][sample] = organHu(y, KIDNEY_I, KIDNEY);
    for (let k = 0; k < PROBE_LIST.length; k++) {
      const p = PROBE_LIST[k] as ProbeParameters;
      const i = PROBE_START + 2 * k;
      (probeCurves[k] as Float64Array)[sample] =
        HU_PER_MG_I_PER_ML * (p.bloodFraction * (y[i] as number) + p.interstitialFraction * (y[i + 1] as number));
    }
  };

  record(0);
  const totalSteps = (sampleCount - 1) * STEPS_PER_SAMPLE;
  for (let step = 0; step < totalSteps; step++) {
    const tInjection = step * STEP_S - ARM_DELAY_S;
    const injected = tInjection >= 0 && tInjection < injectionEndS ? injectionMgPerS : 0;
    const aorta = y[AORTA] as number;
    const portal = y[PORTAL] as number;
    const venousReturn =
      restFlow * (y[POOL + 1] as number) + liverFlow * (y[LIVER_I] as number) + kidneyFlow * (y[KIDNEY_I] as number);

    // Heart-lung chain and aorta: mass flow (mg/s) over volume.
    dy[CENTRAL] = (injected + venousReturn - co * (y[CENTRAL] as number)) / tankMl;
    for (let j = 1; j < CENTRAL_TANKS; j++)
      dy[CENTRAL + j] = (co * ((y[CENTRAL + j - 1] as number) - (y[CENTRAL + j] as number))) / tankMl;
    dy[AORTA] = (co * ((y[CENTRAL + CENTRAL_TANKS - 1] as number) - aorta)) / AORTA_VOLUME_ML;

    // Gut, spleen and pancreas drain to the portal vein; the liver takes hepatic artery + portal vein.
    organ(y, dy, GUT_I, aorta, gutFlow, GUT, 0);
    organ(y, dy, SPLEEN_I, aorta, spleenFlow, SPLEEN, 0);
    organ(y, dy, PANCREAS_I, aorta, pancreasFlow, PANCREAS, 0);
    const portalInflow =
      gutFlow * (y[GUT_I] as number) + spleenFlow * (y[SPLEEN_I] as number) + pancreasFlow * (y[PANCREAS_I] as number);
    dy[PORTAL] = (portalInflow - portalFlow * portal) / PORTAL_VEIN_VOLUME_ML;
    organ(y, dy, LIVER_I, (hepaticArteryFlow * aorta + portalFlow * portal) / liverFlow, liverFlow, LIVER, 0);
    organ(y, dy, KIDNEY_I, aorta, kidneyFlow, KIDNEY, KIDNEY_CLEARANCE_ML_PER_S);
    organ(y, dy, REST_I, aorta, restFlow, REST, 0);
    dy[POOL] = (restFlow * ((y[REST_I] as number) - (y[POOL] as number))) / poolTankMl;
    dy[POOL + 1] = (restFlow * ((y[POOL] as number) - (y[POOL + 1] as number))) / poolTankMl;

    // Probes: per mL of tissue, driven by the aorta, no mass returned to the circulation.
    for (let k = 0; k < PROBE_LIST.length; k++) {
      const p = PROBE_LIST[k] as ProbeParameters;
      const i = PROBE_START + 2 * k;
      const blood = y[i] as number;
      const exchange = p.permeabilityPerS * (blood * PLASMA_FACTOR - (y[i + 1] as number));
      dy[i] = (p.flowPerS * (aorta - blood) - exchange) / p.bloodFraction;
      dy[i + 1] = exchange / p.interstitialFraction;
    }

    for (let i = 0; i < STATE_SIZE; i++) y[i] = (y[i] as number) + STEP_S * (dy[i] as number);
    if ((step + 1) % STEPS_PER_SAMPLE === 0) record((step + 1) / STEPS_PER_SAMPLE);
  }

  return { sampleStepS: STEP_S * STEPS_PER_SAMPLE, horizonS: (sampleCount - 1) * STEP_S * STEPS_PER_SAMPLE, curves };
}
