/**
 * Simulated images for the response-criteria case library: where each candidate lesion sits in
 * the imaging phantom, and what it looks like at each time point, so that a caliper and an ROI
 * on the images give back the case's numbers (cases.ts).
 *
 * - Portal-venous CT: the lesion is a sphere (a node: an ellipsoid whose short axis is the
 *   measured diameter) of uniform attenuation `attenuationHu`: a caliper across it reads the
 *   diameter, an ROI inside it reads the mean attenuation Choi uses.
 * - Late-arterial CT (for mRECIST): the enhancing, viable tumour is a sphere of
 *   `viableDiameterMm` set against the lesion's edge; the rest of the lesion does not enhance.
 *
 * Pure data and geometry (no pixels): the island's lazily loaded runtime renders them with the
 * imaging engine. Every position is a model assumption chosen to sit inside the named organ.
 */
import type { LesionSpec } from '../../imaging/lesions';
import type { Vec3 } from '../../imaging/shapes';
import type { CandidateLesion, CandidateMeasurement, ResponseCase } from './cases';
import { timePointLabel } from './measurements';

export type KeyImagePhase = 'portal-venous' | 'late-arterial';

// model assumption: lesion centres (patient mm: x to the left, y to the back, z to the head),
// placed in the liver segment, pancreatic part or nodal station each case names.
const SEGMENT: Record<string, Vec3> = {
  II: [30, -40, 92],
  III: [52, -52, 76],
  IVa: [-16, -38, 92],
  IVb: [-22, -30, 48],
  V: [-72, -28, 54],
  VI: [-98, 22, 40],
  VII: [-90, 38, 86],
  VIII: [-55, -2, 102],
};
const PANCREAS: Record<string, Vec3> = { head: [-36, 10, -10], body: [18, -4, 6], tail: [76, 25, 23] };
const NODE: Record<string, Vec3> = {
  mesenteric: [-6, -30, -80],
  mesentericSmall: [10, -12, -50],
  peripancreatic: [-4, 14, -24],
  paraAortic: [36, 44, -35],
};

export const LESION_CENTRES: Readonly<Record<string, Readonly<Record<string, Vec3>>>> = {
  'somatostatin-analogue-stable': { L1: SEGMENT.VII!, L2: SEGMENT.III!, L3: SEGMENT.VI!, P1: PANCREAS.body! },
  'targeted-agent-density-drop': { L1: SEGMENT.VIII!, L2: SEGMENT.IVa!, P1: PANCREAS.tail! },
  'density-down-size-up': { L1: [-95, 25, 45], L2: SEGMENT.II! },
  'haemorrhage-density-up': { L1: [-70, -20, 56], L2: SEGMENT.VII! },
  'new-lesion': { L1: SEGMENT.VIII!, N1: NODE.mesenteric!, N2: NODE.mesentericSmall! },
  'nodal-response': { L1: SEGMENT.IVb!, N1: NODE.peripancreatic! },
  'nadir-not-baseline': { L1: [-84, 26, 76], P1: PANCREAS.head! },
  'target-selection': {
    L1: SEGMENT.VIII!,
    L2: SEGMENT.II!,
    L3: SEGMENT.VI!,
    L4: SEGMENT.V!,
    N1: NODE.paraAortic!,
    N2: NODE.mesenteric!,
    P1: PANCREAS.body!,
  },
};

/** A lesion that appears at follow-up (not a candidate target): shown so the learner can find it. */
export interface NewLesionFinding {
  readonly id: string;
  readonly site: string;
  readonly centreMm: Vec3;
  readonly diameterMm: number;
  readonly attenuationHu: number;
  /** Index of the first follow-up (0-based) that shows it. */
  readonly fromFollowUp: number;
}

export const NEW_LESIONS: Readonly<Record<string, readonly NewLesionFinding[]>> = {
  // The case story: "a new 12 mm liver lesion has appeared".
  'new-lesion': [
    {
      id: 'NEW',
      site: 'New liver lesion, segment VI',
      centreMm: SEGMENT.VI!,
      diameterMm: 12,
      attenuationHu: 88,
      fromFollowUp: 0,
    },
  ],
};

// model assumption: a node is 1.4 times as long as its short axis.
export const NODE_LONG_TO_SHORT = 1.4;

/** The measurement of a candidate at a time point: 0 = baseline, k = follow-up k. */
export function measurementAt(lesion: CandidateLesion, timePoint: number): CandidateMeasurement | undefined {
  if (!Number.isInteger(timePoint) || timePoint < 0)
    throw new RangeError(`timePoint must be 0 (baseline) or a follow-up number; got ${timePoint}`);
  return timePoint === 0 ? lesion.baseline : lesion.followUps[timePoint - 1];
}

export function lesionCentre(responseCase: ResponseCase, lesionId: string): Vec3 {
  const centre =
    LESION_CENTRES[responseCase.id]?.[lesionId] ??
    NEW_LESIONS[responseCase.id]?.find((n) => n.id === lesionId)?.centreMm;
  if (!centre) throw new RangeError(`no position for lesion "${lesionId}" of case "${responseCase.id}"`);
  return centre;
}

/** The lesion's outer solid at a diameter (short axis for a node), as an imaging LesionSpec. */
function outerSpec(
  lesion: CandidateLesion,
  centreMm: Vec3,
  diameterMm: number,
  tissue: LesionSpec['tissue'],
): LesionSpec {
  const r = diameterMm / 2;
  return {
    id: lesion.id,
    label: lesion.site,
    region: lesion.nodal ? 'lymph node' : lesion.organ,
    centreMm,
    radiiMm: lesion.nodal ? [r * NODE_LONG_TO_SHORT, r, r] : r,
    tissue,
  };
}

/** Centre and radius of the viable (arterially enhancing) sphere, set against the lesion's lateral edge. */
export function viablePart(
  lesion: CandidateLesion,
  centreMm: Vec3,
  m: CandidateMeasurement,
): { centreMm: Vec3; radiusMm: number } | null {
  const viable = m.viableDiameterMm;
  if (viable === undefined || viable <= 0 || m.diameterMm <= 0) return null;
  const rv = viable / 2;
  const outerX = (m.diameterMm / 2) * (lesion.nodal ? NODE_LONG_TO_SHORT : 1);
  const shift = Math.max(0, outerX - rv);
  return { centreMm: [centreMm[0] + shift, centreMm[1], centreMm[2]], radiusMm: rv };
}

/**
 * Lesion specs of every candidate present at `timePoint` (and the new lesions shown by then), for
 * one phase. Tissues are placeholders for the attenuation the runtime paints in: `necrosis` for
 * the lesion body (it does not enhance), `net-hypervascular` for the viable part in the arterial
 * phase.
 */
export function caseLesionSpecs(responseCase: ResponseCase, timePoint: number, phase: KeyImagePhase): LesionSpec[] {
  const specs: LesionSpec[] = [];
  for (const lesion of responseCase.candidates) {
    const m = measurementAt(lesion, timePoint);
    if (!m || !(m.diameterMm > 0)) continue;
    const centre = lesionCentre(responseCase, lesion.id);
    specs.push(outerSpec(lesion, centre, m.diameterMm, 'necrosis'));
    const viable = phase === 'late-arterial' ? viablePart(lesion, centre, m) : null;
    if (viable)
      specs.push({
        id: `${lesion.id}:viable`,
        label: `${lesion.site}, enhancing part`,
        region: lesion.nodal ? 'lymph node' : lesion.organ,
        centreMm: viable.centreMm,
        radiiMm: viable.radiusMm,
        tissue: 'net-hypervascular',
      });
  }
  for (const n of NEW_LESIONS[responseCase.id] ?? []) {
    if (timePoint - 1 < n.fromFollowUp) continue;
    specs.push({
      id: n.id,
      label: n.site,
      region: 'liver',
      centreMm: n.centreMm,
      radiiMm: n.diameterMm / 2,
      tissue: phase === 'late-arterial' ? 'net-hypervascular' : 'necrosis',
    });
  }
  return specs;
}

/** Attenuation each lesion body should read on the portal-venous image (HU), by lesion id. */
export function portalVenousAttenuation(responseCase: ResponseCase, timePoint: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const lesion of responseCase.candidates) {
    const m = measurementAt(lesion, timePoint);
    // model assumption: a lesion without a stated attenuation reads 80 HU (a typical treated NET).
    if (m && m.diameterMm > 0) out.set(lesion.id, m.attenuationHu ?? 80);
  }
  for (const n of NEW_LESIONS[responseCase.id] ?? [])
    if (timePoint - 1 >= n.fromFollowUp) out.set(n.id, n.attenuationHu);
  return out;
}

/** Field of view (mm) for a lesion's key images: its largest size over time plus margin. */
export function keyImageFovMm(responseCase: ResponseCase, lesionId: string): number {
  const lesion = responseCase.candidates.find((c) => c.id === lesionId);
  const sizes = lesion
    ? [lesion.baseline, ...lesion.followUps].map((m) => m.diameterMm * (lesion.nodal ? NODE_LONG_TO_SHORT : 1))
    : (NEW_LESIONS[responseCase.id] ?? []).filter((n) => n.id === lesionId).map((n) => n.diameterMm);
  // model assumption: at least 70 mm, so a small lesion keeps some surrounding organ in view.
  return Math.max(70, Math.ceil((Math.max(0, ...sizes) * 2.2) / 10) * 10);
}

/** Alt text of a key image: what it shows, from the case's numbers. */
export function describeKeyImage(
  responseCase: ResponseCase,
  lesionId: string,
  timePoint: number,
  phase: KeyImagePhase,
): string {
  const when = timePointLabel(responseCase, timePoint).toLowerCase();
  const kind = phase === 'portal-venous' ? 'portal-venous' : 'late-arterial';
  const finding = NEW_LESIONS[responseCase.id]?.find((n) => n.id === lesionId);
  if (finding) {
    const shown = timePoint - 1 >= finding.fromFollowUp;
    return `Simulated ${kind} CT, ${finding.site}, at ${when}: ${shown ? `a new ${finding.diameterMm} mm lesion` : 'no lesion at this site yet'}.`;
  }
  const lesion = responseCase.candidates.find((c) => c.id === lesionId);
  if (!lesion) throw new RangeError(`no lesion "${lesionId}" in case "${responseCase.id}"`);
  const m = measurementAt(lesion, timePoint);
  const head = `Simulated ${kind} CT of ${lesion.id} (${lesion.site}) at ${when}: `;
  if (!m || !(m.diameterMm > 0)) return `${head}the lesion is no longer seen.`;
  const size = lesion.nodal ? `a node of ${m.diameterMm} mm short axis` : `a ${m.diameterMm} mm lesion`;
  if (phase === 'portal-venous')
    return `${head}${size}${m.attenuationHu === undefined ? '' : ` of about ${m.attenuationHu} HU`}.`;
  const viable = m.viableDiameterMm;
  if (viable === undefined) return `${head}${size}.`;
  if (viable <= 0) return `${head}${size} with no enhancing part.`;
  return `${head}${size} whose enhancing part measures ${viable} mm${viable >= m.diameterMm ? ' (all of it enhances)' : ''}.`;
}
