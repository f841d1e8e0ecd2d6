/**
 * The contrast-timing page's simulated CT slice: which lesions the phantom carries, where the
 * slice cuts, and a sentence (the image's alt text) saying what the slice shows at the chosen
 * moment. The pixels come from the imaging engine (src/imaging/ct-time-series.ts); the numbers
 * in the sentence come from the same tissue table, so the words and the image agree.
 *
 * The scene serves the page's challenge: a small hypervascular pancreatic NET (insulinoma-like)
 * that is easiest to see in the late arterial / pancreatic window, and a hypovascular liver
 * metastasis that is easiest to see in the portal-venous phase.
 */
import type { LesionSpec } from '../../imaging/lesions';
import type { TissueId } from '../../imaging/tissues';
import type { Phase } from '../../physics/contrast-timing';

/** Axial level of the slice (mm, patient z): pancreatic body and the lower right liver. */
export const CONTRAST_SLICE_POSITION_MM = 12;

// model assumption: lesion sizes chosen for teaching (a 14 mm insulinoma, a 24 mm metastasis).
export const CONTRAST_SLICE_LESIONS: readonly LesionSpec[] = [
  {
    id: 'insulinoma',
    label: 'insulinoma',
    region: 'pancreas',
    centreMm: [4, -8, CONTRAST_SLICE_POSITION_MM],
    radiiMm: 7,
    tissue: 'net-hypervascular',
  },
  {
    id: 'liver-metastasis',
    label: 'hypovascular liver metastasis',
    region: 'liver',
    centreMm: [-95, 18, CONTRAST_SLICE_POSITION_MM],
    radiiMm: 12,
    tissue: 'net-hypovascular',
  },
];

/** Tissues the sentence compares: each lesion against the organ it sits in. */
const READ = {
  aorta: 'artery',
  pancreas: 'pancreas',
  net: 'net-hypervascular',
  liver: 'liver',
  metastasis: 'net-hypovascular',
} as const satisfies Record<string, TissueId>;

const PHASE_NAMES: Record<Phase, string> = {
  unenhanced: 'unenhanced',
  'early-arterial': 'early arterial phase',
  'late-arterial': 'late arterial phase',
  pancreatic: 'pancreatic phase',
  'portal-venous': 'portal-venous phase',
  delayed: 'delayed phase',
};

// model assumption (wording only): under 10 HU apart two tissues are hard to tell apart on a
// routine window with 11 HU of noise; 30 HU or more is an obvious difference.
const HARD_TO_SEE_HU = 10;
const OBVIOUS_HU = 30;

function diameterMm(id: string): number {
  const r = CONTRAST_SLICE_LESIONS.find((l) => l.id === id)?.radiiMm;
  return typeof r === 'number' ? 2 * r : 0;
}

/** How a lesion compares with its background, in words, for a difference in HU. */
export function contrastInWords(differenceHu: number, organ: string): string {
  if (!Number.isFinite(differenceHu)) throw new RangeError(`differenceHu must be a number; got ${differenceHu}`);
  // Judge the rounded value, so the words always match the number printed beside them.
  const d = Math.round(differenceHu);
  const signed = `${d >= 0 ? '+' : '−'}${Math.abs(d)} HU`;
  const size = Math.abs(d);
  if (size < HARD_TO_SEE_HU) return `is hard to tell apart from the ${organ} (${signed})`;
  const how = size >= OBVIOUS_HU ? 'clearly' : 'slightly';
  return `is ${how} ${d > 0 ? 'brighter' : 'darker'} than the ${organ} (${signed})`;
}

/**
 * Alt text of the slice at `timeS` s in `phase`, from the attenuation (HU) of every tissue at
 * that moment (the imaging engine's `ctSignalAt`).
 */
export function describeContrastSlice(timeS: number, phase: Phase, hu: Readonly<Record<TissueId, number>>): string {
  if (!Number.isFinite(timeS) || timeS < 0) throw new RangeError(`timeS must be 0 or more seconds; got ${timeS}`);
  const at = (id: TissueId) => {
    const v = hu[id];
    if (!Number.isFinite(v)) throw new RangeError(`hu.${id} must be a number; got ${v}`);
    return v;
  };
  const when =
    phase === 'unenhanced'
      ? `${timeS} s after the start of injection, before contrast arrives`
      : `${timeS} s after the start of injection, ${PHASE_NAMES[phase]}`;
  return (
    `Simulated axial CT at ${when}. ` +
    `The aorta measures ${Math.round(at(READ.aorta))} HU and the liver ${Math.round(at(READ.liver))} HU. ` +
    `The ${diameterMm('insulinoma')} mm insulinoma in the pancreatic body ${contrastInWords(at(READ.net) - at(READ.pancreas), 'pancreas')}; ` +
    `the ${diameterMm('liver-metastasis')} mm metastasis in the right liver ${contrastInWords(at(READ.metastasis) - at(READ.liver), 'liver')}.`
  );
}
