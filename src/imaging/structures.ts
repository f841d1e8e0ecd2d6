import type { Shape } from './shapes';
import type { TissueId } from './tissues';

/**
 * One solid of the phantom: a shape filled with a tissue. A scene is an ordered list of
 * structures painted back to front, so a later structure (a vessel, a lesion) covers what lies
 * under it, the way an organ displaces the fat around it.
 */
export interface Structure {
  /** Stable name, e.g. "liver", "portal-vein", "lesion:primary". */
  readonly id: string;
  readonly tissue: TissueId;
  readonly shape: Shape;
  /** Anatomical region a learner would name ("pancreas", "small bowel", …). */
  readonly region: string;
  /** Relative amplitude of parenchymal texture (0 = perfectly uniform). */
  readonly texture: number;
  /** Set for the parts of a lesion: the lesion's id in the case. */
  readonly lesionId?: string;
}

export function structure(
  id: string,
  tissue: TissueId,
  shape: Shape,
  region: string,
  texture = 0,
  lesionId?: string,
): Structure {
  return lesionId === undefined
    ? { id, tissue, shape, region, texture }
    : { id, tissue, shape, region, texture, lesionId };
}
