/**
 * A scene is the phantom's anatomy (with a few preparation choices) plus a case's lesions,
 * as one ordered list of structures ready to render.
 */
import { bodyStructures, type BodyHabitus } from './anatomy-body';
import { gutStructures, mesentericTargets, type BowelPreparation, type StomachContent } from './anatomy-gut';
import { organStructures, type DuctCalibres } from './anatomy-organs';
import { mesentericStructures, vesselStructures } from './anatomy-vessels';
import { lesionOutline, lesionStructures, type LesionSpec } from './lesions';
import type { Shape } from './shapes';
import { Difference, Union } from './shape-operations';
import type { Structure } from './structures';

export interface AnatomyOptions extends DuctCalibres, BodyHabitus {
  /** "distended" = small bowel filled with neutral enteric contrast (enteroclysis/enterography). */
  readonly bowel: BowelPreparation;
  readonly stomach: StomachContent;
}

export const DEFAULT_ANATOMY: AnatomyOptions = {
  bowel: 'collapsed',
  stomach: 'gas-and-fluid',
  pancreaticDuctRadiusMm: 1.5,
  commonBileDuctRadiusMm: 3,
};

export interface Scene {
  readonly anatomy: AnatomyOptions;
  readonly structures: readonly Structure[];
  readonly lesions: readonly LesionSpec[];
  /** Outer solid of each lesion by id (outlines, hit tests, arrows). */
  readonly lesionShapes: ReadonlyMap<string, Shape>;
}

const anatomyCache = new Map<string, readonly Structure[]>();

function anatomyStructures(anatomy: AnatomyOptions): readonly Structure[] {
  const key = `${anatomy.bowel}|${anatomy.stomach}|${anatomy.pancreaticDuctRadiusMm}|${anatomy.commonBileDuctRadiusMm}|${anatomy.intrahepaticDuctScale ?? 1}|${anatomy.extraFatMm ?? 0}`;
  const hit = anatomyCache.get(key);
  if (hit) return hit;
  // Painting order: trunk and wall, solid organs, the mesenteric fan (under the loops), gut, then
  // the main vessels (they run over and through organs).
  const list = [
    ...bodyStructures(anatomy),
    ...organStructures(anatomy),
    ...mesentericStructures(mesentericTargets()),
    ...gutStructures(anatomy.bowel, anatomy.stomach),
    ...vesselStructures(),
  ];
  anatomyCache.set(key, list);
  return list;
}

export function buildScene(
  options: { anatomy?: Partial<AnatomyOptions>; lesions?: readonly LesionSpec[] } = {},
): Scene {
  const anatomy = { ...DEFAULT_ANATOMY, ...options.anatomy };
  if (!(anatomy.pancreaticDuctRadiusMm > 0 && anatomy.pancreaticDuctRadiusMm < 10))
    throw new RangeError('pancreaticDuctRadiusMm must be between 0 and 10 mm');
  if (!(anatomy.commonBileDuctRadiusMm > 0 && anatomy.commonBileDuctRadiusMm < 12))
    throw new RangeError('commonBileDuctRadiusMm must be between 0 and 12 mm');
  if (
    anatomy.intrahepaticDuctScale !== undefined &&
    !(anatomy.intrahepaticDuctScale >= 0.5 && anatomy.intrahepaticDuctScale <= 4)
  )
    throw new RangeError('intrahepaticDuctScale must be between 0.5 and 4');
  const lesions = options.lesions ?? [];
  const ids = new Set<string>();
  for (const l of lesions) {
    if (ids.has(l.id)) throw new RangeError(`lesion id "${l.id}" is used twice`);
    ids.add(l.id);
  }
  const lesionShapes = new Map(lesions.map((l) => [l.id, lesionOutline(l)] as const));
  const body = carvedByStomach(anatomyStructures(anatomy));
  return {
    anatomy,
    structures: [...body, ...lesions.flatMap(lesionStructures).map((st) => tetheredStrands(st, body))],
    lesions,
    lesionShapes,
  };
}

/** The left-lobe portal branches stop at the stomach instead of showing as dense ovals in its lumen. */
function carvedByStomach(body: readonly Structure[]): readonly Structure[] {
  const stomach = body.find((o) => o.id === 'stomach-wall');
  if (!stomach) return body;
  return body.map((st) =>
    st.id.endsWith('portal-branch') ? { ...st, shape: new Difference(st.shape, stomach.shape) } : st,
  );
}

/**
 * Desmoplastic strands end on the bowel they tether instead of running across it: the strands of
 * a spiculated lesion are cut by the walls of the small-bowel loops and colon they reach.
 */
function tetheredStrands(st: Structure, body: readonly Structure[]): Structure {
  if (!st.id.endsWith(':spicules')) return st;
  const b = st.shape.box;
  const overlaps = (o: Shape) => [0, 1, 2].every((k) => o.box.min[k]! <= b.max[k]! && o.box.max[k]! >= b.min[k]!);
  const walls = body
    .filter((o) => (o.region === 'small bowel' || o.region === 'colon') && o.id.includes('wall'))
    .map((o) => o.shape)
    .filter(overlaps);
  if (walls.length === 0) return st;
  return { ...st, shape: new Difference(st.shape, new Union(walls)) };
}
