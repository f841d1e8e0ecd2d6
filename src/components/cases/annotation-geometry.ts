/**
 * Where to draw an arrow for a lesion cross-section: its tip just outside the lesion's edge,
 * pointing in from the upper right (or from wherever there is room in the image).
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
): ArrowGeometry {
  const reach = section.radiusPx + 3;
  // Prefer upper right; flip to the other side near the image edge.
  const dx = section.column + reach + length < width ? 1 : -1;
  const dy = section.row - reach - length > 0 || section.row + reach + length > height ? -1 : 1;
  const ux = dx * Math.SQRT1_2,
    uy = dy * Math.SQRT1_2;
  const tipX = section.column + ux * reach,
    tipY = section.row + uy * reach;
  return { tipX, tipY, tailX: tipX + ux * length, tailY: tipY + uy * length };
}
