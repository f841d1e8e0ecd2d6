/**
 * Image planes: where each pixel of a rendered image sits in the patient, in millimetres.
 *
 * Patient coordinates: x towards the patient's left, y towards the back (posterior), z towards
 * the head. Display follows radiological convention: axial images are seen from the feet (the
 * patient's right on the image's left, anterior at the top); coronal images from the front
 * (head at the top); sagittal images from the patient's right (anterior on the left).
 */
import type { Box3, Vec3 } from './shapes';

export type PlaneOrientation = 'axial' | 'coronal' | 'sagittal';

export interface ImagePlane {
  readonly orientation: PlaneOrientation;
  /** Position of the plane along its normal axis (z for axial, y for coronal, x for sagittal), mm. */
  readonly positionMm: number;
  readonly width: number;
  readonly height: number;
  /** Edge length of a square pixel, mm. */
  readonly pixelMm: number;
  /** Patient position of the top-left corner of pixel (0, 0). */
  readonly origin: Vec3;
  /** Step in patient space for one pixel to the right (u) and one pixel down (v). */
  readonly u: Vec3;
  readonly v: Vec3;
}

/** The default field of view: the whole trunk cross-section, as a radiologist would frame it. */
export const DEFAULT_FOV_MM = 380;

export interface PlaneRequest {
  readonly orientation: PlaneOrientation;
  readonly positionMm: number;
  readonly width: number;
  readonly height: number;
  /** Width of the field of view, mm (the height follows from the aspect ratio). */
  readonly fovMm?: number;
  /** In-plane centre of the field of view, [horizontal, vertical] in patient mm. */
  readonly centreMm?: readonly [number, number];
  /**
   * In-plane rotation of the image about its centre, degrees (a patient lying a little rolled
   * on the table at another visit or on another scanner). 0 by default.
   */
  readonly rollDeg?: number;
}

/** The plane turned by `rollDeg` in its own plane about the image centre. */
function rolled(plane: ImagePlane, rollDeg: number | undefined): ImagePlane {
  if (!rollDeg) return plane;
  const a = (rollDeg * Math.PI) / 180;
  const [c, s] = [Math.cos(a), Math.sin(a)];
  const { u, v, origin: o, width: w, height: h } = plane;
  const centre: Vec3 = [
    o[0] + (w / 2) * u[0] + (h / 2) * v[0],
    o[1] + (w / 2) * u[1] + (h / 2) * v[1],
    o[2] + (w / 2) * u[2] + (h / 2) * v[2],
  ];
  const u2: Vec3 = [c * u[0] + s * v[0], c * u[1] + s * v[1], c * u[2] + s * v[2]];
  const v2: Vec3 = [-s * u[0] + c * v[0], -s * u[1] + c * v[1], -s * u[2] + c * v[2]];
  return {
    ...plane,
    u: u2,
    v: v2,
    origin: [
      centre[0] - (w / 2) * u2[0] - (h / 2) * v2[0],
      centre[1] - (w / 2) * u2[1] - (h / 2) * v2[1],
      centre[2] - (w / 2) * u2[2] - (h / 2) * v2[2],
    ],
  };
}

/** Builds the plane; throws RangeError for an unusable size or field of view. */
export function imagePlane(request: PlaneRequest): ImagePlane {
  if (request.rollDeg !== undefined && !(Math.abs(request.rollDeg) <= 20))
    throw new RangeError(`rollDeg must be between -20 and 20 degrees; got ${request.rollDeg}`);
  return rolled(unrolledPlane(request), request.rollDeg);
}

function unrolledPlane(request: PlaneRequest): ImagePlane {
  const { orientation, positionMm, width, height } = request;
  if (
    !Number.isInteger(width) ||
    !Number.isInteger(height) ||
    width < 8 ||
    height < 8 ||
    width > 4096 ||
    height > 4096
  ) {
    throw new RangeError(`image size must be whole pixels from 8 to 4096; got ${width}×${height}`);
  }
  if (!Number.isFinite(positionMm)) throw new RangeError(`positionMm must be a number; got ${positionMm}`);
  const fov = request.fovMm ?? DEFAULT_FOV_MM;
  if (!(fov > 10 && fov < 2000)) throw new RangeError(`fovMm must be between 10 and 2000 mm; got ${fov}`);
  const px = fov / width;
  const halfW = (width * px) / 2;
  const halfH = (height * px) / 2;
  // Coronal reformats are framed on z = 25 mm (the vertical value is -z): from the lung bases,
  // domes and heart down to the iliac crests; sagittals on z = 50 mm.
  const defaultCentre: Record<PlaneOrientation, readonly [number, number]> = {
    axial: [0, 10],
    coronal: [0, -25],
    sagittal: [10, -50],
  };
  const [ch, cv] = request.centreMm ?? defaultCentre[orientation];
  switch (orientation) {
    case 'axial':
      return {
        orientation,
        positionMm,
        width,
        height,
        pixelMm: px,
        origin: [ch - halfW, cv - halfH, positionMm],
        u: [px, 0, 0],
        v: [0, px, 0],
      };
    case 'coronal':
      // Vertical in-plane coordinate is z; the image's top is the head (largest z).
      return {
        orientation,
        positionMm,
        width,
        height,
        pixelMm: px,
        origin: [ch - halfW, positionMm, -cv + halfH],
        u: [px, 0, 0],
        v: [0, 0, -px],
      };
    case 'sagittal':
      // Horizontal in-plane coordinate is y (anterior on the left).
      return {
        orientation,
        positionMm,
        width,
        height,
        pixelMm: px,
        origin: [positionMm, ch - halfW, -cv + halfH],
        u: [0, px, 0],
        v: [0, 0, -px],
      };
    default:
      throw new RangeError(`orientation must be axial, coronal or sagittal; got ${String(orientation)}`);
  }
}

/** Patient position of the centre of pixel (column, row) (fractional pixels allowed). */
export function pixelToPatient(plane: ImagePlane, column: number, row: number): Vec3 {
  const { origin: o, u, v } = plane;
  const i = column + 0.5,
    j = row + 0.5;
  return [o[0] + i * u[0] + j * v[0], o[1] + i * u[1] + j * v[1], o[2] + i * u[2] + j * v[2]];
}

/** Pixel (column, row) of a patient position projected onto the plane, plus its distance off the plane. */
export function patientToPixel(plane: ImagePlane, p: Vec3): { column: number; row: number; offPlaneMm: number } {
  const d: Vec3 = [p[0] - plane.origin[0], p[1] - plane.origin[1], p[2] - plane.origin[2]];
  const px2 = plane.pixelMm * plane.pixelMm;
  const column = (d[0] * plane.u[0] + d[1] * plane.u[1] + d[2] * plane.u[2]) / px2 - 0.5;
  const row = (d[0] * plane.v[0] + d[1] * plane.v[1] + d[2] * plane.v[2]) / px2 - 0.5;
  const axis = normalAxis(plane.orientation);
  return { column, row, offPlaneMm: p[axis] - plane.positionMm };
}

export function normalAxis(orientation: PlaneOrientation): 0 | 1 | 2 {
  return orientation === 'axial' ? 2 : orientation === 'coronal' ? 1 : 0;
}

/** The plane's footprint as a thin box in patient space (for culling structures). */
export function planeBox(plane: ImagePlane, thicknessMm = 0): Box3 {
  // All four corners: a rolled plane's footprint is not spanned by two opposite ones.
  const corners = [
    pixelToPatient(plane, -0.5, -0.5),
    pixelToPatient(plane, plane.width - 0.5, -0.5),
    pixelToPatient(plane, -0.5, plane.height - 0.5),
    pixelToPatient(plane, plane.width - 0.5, plane.height - 0.5),
  ];
  const axis = normalAxis(plane.orientation);
  const min = [0, 1, 2].map((k) => Math.min(...corners.map((c) => c[k]!))) as [number, number, number];
  const max = [0, 1, 2].map((k) => Math.max(...corners.map((c) => c[k]!))) as [number, number, number];
  min[axis] -= thicknessMm / 2;
  max[axis] += thicknessMm / 2;
  return { min, max };
}

/** Pixel rectangle [c0, r0, c1, r1) that a patient-space box covers on the plane, or null. */
export function boxToPixelRect(plane: ImagePlane, box: Box3): [number, number, number, number] | null {
  let cMin = Infinity,
    cMax = -Infinity,
    rMin = Infinity,
    rMax = -Infinity;
  // Project every corner of the box (a rolled plane is not aligned with the patient axes).
  for (let k = 0; k < 8; k++) {
    const p = patientToPixel(plane, [
      k & 1 ? box.max[0] : box.min[0],
      k & 2 ? box.max[1] : box.min[1],
      k & 4 ? box.max[2] : box.min[2],
    ]);
    cMin = Math.min(cMin, p.column);
    cMax = Math.max(cMax, p.column);
    rMin = Math.min(rMin, p.row);
    rMax = Math.max(rMax, p.row);
  }
  const c0 = Math.max(0, Math.floor(cMin) - 1);
  const c1 = Math.min(plane.width, Math.ceil(cMax) + 2);
  const r0 = Math.max(0, Math.floor(rMin) - 1);
  const r1 = Math.min(plane.height, Math.ceil(rMax) + 2);
  return c0 < c1 && r0 < r1 ? [c0, r0, c1, r1] : null;
}
