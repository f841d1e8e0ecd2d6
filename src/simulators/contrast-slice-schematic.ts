/**
 * Grey levels for the contrast-timing page's schematic slice: unenhanced attenuation plus the
 * model's enhancement, shown through a CT window. A stand-in until the imaging engine's slice
 * renderer is wired in; the page labels it "schematic".
 */
import type { Tissue } from './contrast-timing';

// model assumption: typical unenhanced CT attenuation (HU), not from the review. Blood ≈ 40 HU and
// pancreas/NET 45 HU follow the domain note (contrast-timing.md §6, E2 and E5); the others are
// textbook round values chosen for the schematic.
export const UNENHANCED_HU: Readonly<Record<Tissue, number>> = {
  aorta: 40,
  'portal-vein': 40,
  pancreas: 45,
  liver: 55,
  spleen: 45,
  'kidney-cortex': 30,
  'hypervascular-net': 45,
  'hypervascular-liver-metastasis': 45,
  'hypovascular-metastasis': 40,
  'fibrous-delayed': 45,
  muscle: 50,
  fat: -100,
};

export interface CtWindow {
  readonly width: number;
  readonly level: number;
}

/** The usual soft-tissue window (W 400, L 40). */
export const SOFT_TISSUE_WINDOW: CtWindow = { width: 400, level: 40 };

/** Absolute attenuation (HU) of each tissue: unenhanced value plus enhancement. */
export function absoluteAttenuation(enhancement: Readonly<Record<Tissue, number>>): Record<Tissue, number> {
  const out = {} as Record<Tissue, number>;
  for (const tissue of Object.keys(UNENHANCED_HU) as Tissue[]) out[tissue] = UNENHANCED_HU[tissue] + (enhancement[tissue] ?? 0);
  return out;
}

/** Grey level 0 (black) to 255 (white) of an attenuation shown through a window. */
export function greyLevel(hu: number, window: CtWindow = SOFT_TISSUE_WINDOW): number {
  if (!Number.isFinite(hu)) throw new RangeError(`hu must be a finite number; got ${hu}`);
  if (!(window.width > 0)) throw new RangeError(`window.width must be positive; got ${window.width}`);
  const low = window.level - window.width / 2;
  const fraction = (hu - low) / window.width;
  return Math.round(255 * Math.min(1, Math.max(0, fraction)));
}
