/**
 * Where to draw an arrow for a lesion cross-section: its tip just outside the lesion's edge (or,
 * for a finding inside the lesion such as a necrotic centre, on the lesion's core), pointing in
 * from the upper right (or from wherever there is room in the image).
 */
import type { LesionSection } from '../../imaging/regions';

export interface ArrowGeometry {
  readonly tipX: number;
  readonly tipY: number;
  readonly tailX: number;
  readonly tailY: number;
}

export function arrowFor(
  section: Pick<LesionSection, 'column' | 'row' | 'radiusPx'>,
  width: number,
  height: number,
  length = 46,
  from?: 'upper-right' | 'upper-left' | 'lower-right' | 'lower-left',
  tip: 'edge' | 'core' = 'edge',
): ArrowGeometry {
  // A core (necrosis, target centre) spans about the inner half of the radius: the tip stops on it.
  const reach = tip === 'core' ? 0.3 * section.radiusPx + 1 : section.radiusPx + 3;
  // Prefer upper right (or the side the case asks for); flip to the other side near the image edge.
  const wantX = from?.endsWith('left') ? -1 : 1;
  const wantY = from?.startsWith('lower') ? 1 : -1;
  const fitsX = (d: number) =>
    section.column + d * (reach + length) < width && section.column + d * (reach + length) > 0;
  const fitsY = (d: number) => section.row + d * (reach + length) > 0 && section.row + d * (reach + length) < height;
  const dx = fitsX(wantX) ? wantX : -wantX;
  const dy = fitsY(wantY) ? wantY : -wantY;
  const ux = dx * Math.SQRT1_2,
    uy = dy * Math.SQRT1_2;
  const tipX = section.column + ux * reach,
    tipY = section.row + uy * reach;
  return { tipX, tipY, tailX: tipX + ux * length, tailY: tipY + uy * length };
}
