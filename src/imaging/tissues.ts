/**
 * One table of tissue properties drives every modality. Each row says how a tissue looks before
 * contrast (CT attenuation; MR proton density, T1 and T2 relaxation; water diffusion), how it
 * takes up contrast (a mix of the contrast-timing simulator's curves), whether its cells take up
 * gadoxetate (hepatobiliary phase) or bind somatostatin-receptor tracer (SSTR PET), and how it
 * reflects and attenuates ultrasound.
 *
 * model assumption: every number below is a simulator model parameter chosen to give
 * textbook-typical contrast between tissues (1.5 T relaxation times, 68Ga-DOTA-peptide uptake,
 * B-mode echogenicity); none comes from the review. The behaviour the review describes (e.g.
 * hypervascular NETs, restricted diffusion of metastases, fluid bright on MRCP) is checked by
 * the unit tests in tests/unit/imaging/.
 */
import type { KineticsMix } from './kinetics';

export interface TissueProperties {
  /** Name shown in region lists and readouts. */
  readonly label: string;
  /** Unenhanced CT attenuation, HU. */
  readonly hu: number;
  /** Contrast enhancement as a weighted sum of simulator curves (ΔHU); {} = does not enhance. */
  readonly kinetics: KineticsMix;
  /** MR proton density relative to water (0–1). */
  readonly pd: number;
  /** T1 and T2 relaxation times at 1.5 T, ms. */
  readonly t1Ms: number;
  readonly t2Ms: number;
  /** Fraction of the MR signal from fat (removed by fat suppression). */
  readonly fat: number;
  /** Moving blood: dark (flow void) on spin-echo T2 and on diffusion-weighted images. */
  readonly flowing: boolean;
  /** Apparent diffusion coefficient, ×10⁻³ mm²/s. */
  readonly adc: number;
  /** Hepatocyte uptake of gadoxetate, 0–1 (liver = 1), and biliary excretion into bile. */
  readonly hepatocyteUptake: number;
  /** Somatostatin-receptor (68Ga-DOTA-peptide) uptake, SUV. */
  readonly sstrSuv: number;
  /** B-mode backscatter, 0 (anechoic) to 1 (bright reflector). */
  readonly echogenicity: number;
  /** Ultrasound attenuation, dB per cm at the transmit frequency. */
  readonly usAttenuationDbPerCm: number;
}

const soft = { fat: 0, flowing: false, hepatocyteUptake: 0 } as const;
/** A solid, poorly enhancing NET: everything but its label and enhancement curve. */
const poorlyEnhancingNet = {
  hu: 40,
  pd: 0.85,
  t1Ms: 1050,
  t2Ms: 100,
  ...soft,
  adc: 0.75,
  sstrSuv: 20,
  echogenicity: 0.3,
  usAttenuationDbPerCm: 2,
} as const;
const blood = {
  pd: 0.9,
  t1Ms: 1440,
  t2Ms: 250,
  fat: 0,
  flowing: true,
  adc: 2.5,
  hepatocyteUptake: 0,
  sstrSuv: 1.5,
  echogenicity: 0.02,
  usAttenuationDbPerCm: 0.6,
} as const;
const fluid = {
  hu: 6,
  kinetics: {},
  pd: 1,
  t1Ms: 3000,
  t2Ms: 1500,
  fat: 0,
  flowing: false,
  adc: 3,
  hepatocyteUptake: 0,
  sstrSuv: 0.4,
  echogenicity: 0,
  usAttenuationDbPerCm: 0.1,
} as const;

/** Pancreas; the uncinate process below differs only in its physiological receptor uptake. */
const pancreas = {
  label: 'pancreas',
  hu: 42,
  kinetics: { pancreas: 1 },
  pd: 0.7,
  t1Ms: 600,
  // model assumption: T2 55 ms and ADC 1.2 (slightly below liver): intermediate on T2, a little
  // brighter than liver at b 800, so the gland stands out on T2, T2 fat-sat and diffusion.
  t2Ms: 55,
  ...soft,
  adc: 1.2,
  sstrSuv: 3.5,
  echogenicity: 0.6,
  usAttenuationDbPerCm: 2.4,
} as const;

export const TISSUES = {
  air: {
    label: 'air',
    hu: -1000,
    kinetics: {},
    pd: 0,
    t1Ms: 1000,
    t2Ms: 1,
    ...soft,
    adc: 0,
    sstrSuv: 0,
    echogenicity: 0,
    usAttenuationDbPerCm: 40,
  },
  gas: {
    label: 'bowel gas',
    hu: -950,
    kinetics: {},
    pd: 0,
    t1Ms: 1000,
    t2Ms: 1,
    ...soft,
    adc: 0,
    sstrSuv: 0,
    echogenicity: 1,
    usAttenuationDbPerCm: 40,
  },
  fat: {
    label: 'fat',
    hu: -100,
    kinetics: { fat: 1 },
    pd: 1,
    t1Ms: 260,
    t2Ms: 80,
    ...soft,
    fat: 1,
    adc: 0.1,
    sstrSuv: 0.3,
    echogenicity: 0.9,
    usAttenuationDbPerCm: 2.4,
  },
  muscle: {
    label: 'muscle',
    hu: 50,
    kinetics: { muscle: 1 },
    pd: 0.7,
    t1Ms: 870,
    t2Ms: 35,
    ...soft,
    adc: 1.4,
    sstrSuv: 0.8,
    echogenicity: 0.3,
    usAttenuationDbPerCm: 3.3,
  },
  'bone-cortex': {
    label: 'bone',
    hu: 900,
    kinetics: {},
    pd: 0.05,
    t1Ms: 1000,
    t2Ms: 2,
    ...soft,
    adc: 0.2,
    sstrSuv: 0.5,
    echogenicity: 1,
    usAttenuationDbPerCm: 40,
  },
  // model assumption: trabecular (cancellous) bone of an adult vertebral body about 120 HU, enhancing a
  // little: light grey inside its white cortical rim at the abdomen and the liver window alike,
  // never a saturated white blob.
  'bone-marrow': {
    label: 'vertebral marrow',
    hu: 120,
    kinetics: { muscle: 0.3 },
    pd: 0.8,
    t1Ms: 450,
    t2Ms: 60,
    ...soft,
    fat: 0.7,
    adc: 0.5,
    sstrSuv: 1.2,
    echogenicity: 1,
    usAttenuationDbPerCm: 40,
  },
  disc: {
    label: 'intervertebral disc',
    hu: 90,
    kinetics: {},
    pd: 0.8,
    t1Ms: 1000,
    // model assumption: an axial slice through a disc averages the dark annulus with the bright
    // nucleus (and adjacent endplates), so its T2 is taken as 55 ms: grey, not fluid-bright.
    t2Ms: 55,
    ...soft,
    adc: 1.5,
    sstrSuv: 0.3,
    echogenicity: 0.7,
    usAttenuationDbPerCm: 5,
  },
  csf: { label: 'cerebrospinal fluid', ...fluid, hu: 8, t2Ms: 2000, t1Ms: 4000 },
  liver: {
    label: 'liver',
    hu: 58,
    kinetics: { liver: 1 },
    pd: 0.7,
    t1Ms: 580,
    t2Ms: 45,
    ...soft,
    hepatocyteUptake: 1,
    adc: 1.35,
    sstrSuv: 6,
    echogenicity: 0.5,
    usAttenuationDbPerCm: 2.2,
  },
  artery: { label: 'artery', hu: 40, kinetics: { aorta: 1 }, ...blood },
  'portal-vein': { label: 'portal venous system', hu: 40, kinetics: { 'portal-vein': 1 }, ...blood },
  // model assumption: hepatic veins and IVC fill only after contrast has crossed the liver, so in
  // the late arterial phase (30 s) they still hold nearly unenhanced blood (hepatic veins about
  // 45 HU, IVC about 50 HU) and read darker than the enhancing liver (74 HU), while in the portal
  // phase they are bright (138 and 111 HU). The simulator has no curve for that delayed venous
  // return, so it is the liver curve less a little of the aortic bolus (the bolus not yet
  // recirculated); before 28 s this dips at most about 10 HU below unenhanced blood.
  'hepatic-vein': { label: 'hepatic vein', hu: 40, kinetics: { liver: 2.06, aorta: -0.0824 }, ...blood },
  ivc: {
    label: 'inferior vena cava',
    hu: 40,
    kinetics: { liver: 1.37, 'kidney-cortex': 0.06, aorta: -0.056 },
    ...blood,
  },
  // model assumption: renal veins return contrast within seconds of the renal cortex, so they are
  // already bright in the late arterial phase (0.8 of the cortex curve: about 134 HU at 30 s).
  'renal-vein': { label: 'renal vein', hu: 40, kinetics: { 'kidney-cortex': 0.8 }, ...blood },
  // model assumption: hepatocytes excrete gadoxetate into bile, where it is concentrated (uptake 4),
  // so by 20 minutes the ducts are brighter than the liver, the sign of a working biliary excretion.
  bile: { label: 'bile', ...fluid, hu: 4, hepatocyteUptake: 4 },
  'gallbladder-bile': { label: 'gallbladder', ...fluid, hu: 8, t1Ms: 2200, hepatocyteUptake: 0.15 },
  'pancreatic-juice': { label: 'pancreatic duct', ...fluid },
  pancreas,
  // model assumption: the uncinate process often shows higher physiological SSTR uptake than the
  // rest of the pancreas (a known pitfall on 68Ga-DOTA PET); otherwise it is pancreas.
  'pancreas-uncinate': { ...pancreas, sstrSuv: 9 },
  spleen: {
    label: 'spleen',
    hu: 48,
    // model assumption: 0.45 of the simulator's spleen curve, so the portal-venous spleen is within
    // about 5 HU of the liver on CT and about equal to it on T1 MRI (it saturated at 0.55).
    kinetics: { spleen: 0.45 },
    pd: 0.8,
    t1Ms: 1060,
    t2Ms: 80,
    ...soft,
    adc: 0.8,
    sstrSuv: 22,
    echogenicity: 0.45,
    usAttenuationDbPerCm: 2.2,
  },
  'kidney-cortex': {
    label: 'kidney',
    hu: 35,
    kinetics: { 'kidney-cortex': 1 },
    pd: 0.85,
    t1Ms: 960,
    t2Ms: 90,
    ...soft,
    adc: 2.0,
    sstrSuv: 14,
    echogenicity: 0.35,
    usAttenuationDbPerCm: 2,
  },
  'kidney-medulla': {
    label: 'renal medulla',
    hu: 32,
    // model assumption: medulla takes 0.18 of the cortical curve early (corticomedullary contrast
    // in the arterial phase on CT and MRI) and fills later through the tubules (delayed curve).
    kinetics: { 'kidney-cortex': 0.18, 'fibrous-delayed': 2.2 },
    pd: 0.9,
    t1Ms: 1400,
    t2Ms: 120,
    ...soft,
    adc: 1.9,
    sstrSuv: 8,
    echogenicity: 0.15,
    usAttenuationDbPerCm: 2,
  },
  adrenal: {
    label: 'adrenal gland',
    hu: 30,
    kinetics: { pancreas: 0.8 },
    pd: 0.7,
    t1Ms: 700,
    t2Ms: 60,
    ...soft,
    adc: 1.2,
    sstrSuv: 9,
    echogenicity: 0.5,
    usAttenuationDbPerCm: 2.2,
  },
  'gut-wall': {
    label: 'bowel wall',
    hu: 40,
    kinetics: { pancreas: 1.05 },
    pd: 0.75,
    t1Ms: 900,
    t2Ms: 60,
    ...soft,
    // model assumption: normal bowel wall is intermediate at b 800 (ADC 1.7), only a little above
    // liver: at 1.5 the haustral folds of the colon drew bright, vertebra-like segments on a
    // coronal b 800 (blind imaging review 6, Fig 6F).
    adc: 1.7,
    // model assumption: mild physiological SSTR uptake of the bowel wall (SUV 3; the thin wall's
    // blurred uptake is a faint tint on the fused PET), far below a NET and below the liver.
    sstrSuv: 3,
    echogenicity: 0.4,
    usAttenuationDbPerCm: 2.2,
  },
  'enteric-water': { label: 'bowel content (water)', ...fluid, hu: 8, echogenicity: 0.05 },
  // model assumption: gastric content is mixed food and fluid (shorter T2), so it stays grey on
  // MRCP (as after a negative oral contrast agent) instead of hiding the ducts.
  'gastric-content': {
    label: 'gastric content',
    hu: 20,
    kinetics: {},
    pd: 0.9,
    t1Ms: 1800,
    t2Ms: 160,
    ...soft,
    adc: 2.8,
    sstrSuv: 0.8,
    echogenicity: 0.3,
    usAttenuationDbPerCm: 1,
  },
  // model assumption: small-bowel and duodenal content is mostly fluid (long T2: bright on T2 and
  // faintly visible on MRCP, outlining the duodenal C-loop).
  'bowel-content': {
    label: 'bowel content',
    hu: 20,
    kinetics: {},
    pd: 0.9,
    t1Ms: 1800,
    t2Ms: 380,
    ...soft,
    adc: 2.8,
    sstrSuv: 0.8,
    echogenicity: 0.3,
    usAttenuationDbPerCm: 1,
  },
  stool: {
    label: 'stool',
    hu: -60,
    kinetics: {},
    pd: 0.5,
    t1Ms: 600,
    t2Ms: 60,
    ...soft,
    // model assumption: semi-solid stool with gas does not restrict (it was as bright as the
    // bowel wall at b 800, competing with the lesions; and on a coronal b 800 the stool-filled
    // ascending and descending colon read as two mottled "spines", blind imaging review 6, Fig 6F).
    adc: 2.4,
    sstrSuv: 0.8,
    echogenicity: 0.8,
    usAttenuationDbPerCm: 10,
  },
  // Lesion tissues. Their kinetics are the simulator's probe curves for the matching lesion type.
  'net-hypervascular': {
    label: 'neuroendocrine tumour',
    hu: 42,
    kinetics: { 'hypervascular-net': 1 },
    pd: 0.8,
    t1Ms: 950,
    t2Ms: 95,
    ...soft,
    adc: 0.7,
    sstrSuv: 32,
    echogenicity: 0.2,
    usAttenuationDbPerCm: 2,
  },
  // model assumption: the simulator's metastasis curve scaled by 1.3, for a clearly hypervascular lesion.
  'net-liver-metastasis': {
    label: 'neuroendocrine liver metastasis',
    hu: 45,
    kinetics: { 'hypervascular-liver-metastasis': 1.3 },
    pd: 0.85,
    t1Ms: 1050,
    t2Ms: 105,
    ...soft,
    adc: 0.72,
    sstrSuv: 28,
    echogenicity: 0.3,
    usAttenuationDbPerCm: 2,
  },
  // Metastases that keep enhancing into the portal phase (brighter than liver then too).
  // model assumption: 1.6 × the simulator's hypervascular NET curve, so the portal-phase lesion
  // stays clearly (not marginally) brighter than the enhanced liver.
  'net-liver-metastasis-sustained': {
    label: 'neuroendocrine liver metastasis',
    hu: 45,
    kinetics: { 'hypervascular-net': 1.6 },
    pd: 0.85,
    t1Ms: 900,
    t2Ms: 105,
    ...soft,
    adc: 0.72,
    sstrSuv: 28,
    echogenicity: 0.3,
    usAttenuationDbPerCm: 2,
  },
  'net-hypovascular': {
    label: 'poorly enhancing neuroendocrine tumour',
    kinetics: { 'hypovascular-metastasis': 1 },
    ...poorlyEnhancingNet,
  },
  // A solid metastasis only slightly darker than the enhanced liver in the portal phase (Fig 11
  // baseline). model assumption: twice the simulator's hypovascular metastasis curve, about 15 HU
  // below liver at 70 s.
  'net-mildly-hypoenhancing': {
    label: 'neuroendocrine liver metastasis',
    kinetics: { 'hypovascular-metastasis': 2.1 },
    ...poorlyEnhancingNet,
  },
  // model assumption: a fibrous metastasis fills in slowly: at 3 minutes (delayed CT) about 10 HU
  // above the liver and still below the blood pool; its collagen-rich stroma holds less water than
  // liver (lower proton density), so on the 5-minute MRI it is brighter than liver but not than the
  // vessels, and in the arterial phase slightly darker than liver.
  'net-progressive': {
    label: 'slowly enhancing neuroendocrine metastasis',
    hu: 42,
    kinetics: { 'fibrous-delayed': 1.6 },
    pd: 0.7,
    t1Ms: 1000,
    t2Ms: 110,
    ...soft,
    adc: 0.8,
    sstrSuv: 20,
    echogenicity: 0.3,
    usAttenuationDbPerCm: 2,
  },
  'net-treated': {
    label: 'treated metastasis (low attenuation)',
    hu: 22,
    kinetics: { 'hypovascular-metastasis': 0.6 },
    pd: 0.9,
    t1Ms: 1400,
    t2Ms: 180,
    ...soft,
    adc: 1.6,
    sstrSuv: 8,
    echogenicity: 0.2,
    usAttenuationDbPerCm: 1.5,
  },
  'fibrous-core': {
    label: 'fibrous tumour core',
    hu: 45,
    kinetics: { 'fibrous-delayed': 1.3 },
    pd: 0.75,
    t1Ms: 900,
    t2Ms: 55,
    ...soft,
    adc: 1.0,
    sstrSuv: 10,
    echogenicity: 0.5,
    usAttenuationDbPerCm: 3,
  },
  'desmoplastic-mass': {
    label: 'mesenteric desmoplastic mass',
    hu: 45,
    kinetics: { 'fibrous-delayed': 0.6 },
    pd: 0.65,
    t1Ms: 1150,
    t2Ms: 55,
    ...soft,
    adc: 0.6,
    sstrSuv: 24,
    echogenicity: 0.35,
    usAttenuationDbPerCm: 3,
  }, // model assumption: the fibrous strands of the desmoplastic reaction are dense collagen: few
  // protons with a short T2 (dark on T2 and at b 800), not restricted (ADC like liver), enhancing
  // late on CT like the mass, with little receptor uptake.
  'desmoplastic-strands': {
    label: 'desmoplastic fibrous strands',
    hu: 45,
    kinetics: { 'fibrous-delayed': 0.6 },
    pd: 0.5,
    t1Ms: 1100,
    t2Ms: 38,
    ...soft,
    adc: 1.3,
    sstrSuv: 4,
    echogenicity: 0.6,
    usAttenuationDbPerCm: 3,
  },

  'nodal-metastasis': {
    label: 'lymph node metastasis',
    hu: 42,
    kinetics: { 'hypervascular-net': 0.75 },
    pd: 0.8,
    t1Ms: 1000,
    t2Ms: 60,
    ...soft,
    adc: 0.8,
    sstrSuv: 22,
    echogenicity: 0.25,
    usAttenuationDbPerCm: 2,
  },
  necrosis: {
    label: 'necrosis',
    hu: 22,
    kinetics: {},
    pd: 0.95,
    t1Ms: 1800,
    t2Ms: 300,
    ...soft,
    adc: 2.2,
    sstrSuv: 1,
    echogenicity: 0.08,
    usAttenuationDbPerCm: 0.5,
  },
  'cyst-fluid': { label: 'cystic fluid', ...fluid, hu: 10 },
  calcification: {
    label: 'calcification',
    hu: 450,
    kinetics: {},
    pd: 0.1,
    t1Ms: 600,
    t2Ms: 8,
    ...soft,
    adc: 0.3,
    sstrSuv: 1,
    echogenicity: 1,
    usAttenuationDbPerCm: 40,
  },
} as const satisfies Record<string, TissueProperties>;

export type TissueId = keyof typeof TISSUES;

/**
 * The tissue of a lesion's radiating strands when it differs from the lesion's own (the fibrous
 * strands of a desmoplastic mesenteric mass are not tumour: dark on T2 and at b 800).
 */
export const STRAND_TISSUE: Partial<Record<TissueId, TissueId>> = { 'desmoplastic-mass': 'desmoplastic-strands' };
export const TISSUE_IDS = Object.keys(TISSUES) as TissueId[];

export function tissue(id: TissueId): TissueProperties {
  const t: TissueProperties | undefined = TISSUES[id];
  if (!t) throw new RangeError(`unknown tissue "${String(id)}"`);
  return t;
}
