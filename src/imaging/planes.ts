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
}

/** Builds the plane; throws RangeError for an unusable size or field of view. */
export function imagePlane(request: PlaneRequest): ImagePlane {
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
  const defaultCentre: Record<PlaneOrientation, readonly [number, number]> = {
    axial: [0, 10],
    coronal: [0, -15],
    sagittal: [10, -15],
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
  const a = pixelToPatient(plane, -0.5, -0.5);
  const b = pixelToPatient(plane, plane.width - 0.5, plane.height - 0.5);
  const axis = normalAxis(plane.orientation);
  const min: [number, number, number] = [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.min(a[2], b[2])];
  const max: [number, number, number] = [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.max(a[2], b[2])];
  min[axis] -= thicknessMm / 2;
  max[axis] += thicknessMm / 2;
  return { min, max };
}

/** Pixel rectangle [c0, r0, c1, r1) that a patient-space box covers on the plane, or null. */
export function boxToPixelRect(plane: ImagePlane, box: Box3): [number, number, number, number] | null {
  const a = patientToPixel(plane, box.min);
  const b = patientToPixel(plane, box.max);
  const c0 = Math.max(0, Math.floor(Math.min(a.column, b.column)) - 1);
  const c1 = Math.min(plane.width, Math.ceil(Math.max(a.column, b.column)) + 2);
  const r0 = Math.max(0, Math.floor(Math.min(a.row, b.row)) - 1);
  const r1 = Math.min(plane.height, Math.ceil(Math.max(a.row, b.row)) + 2);
  return c0 < c1 && r0 < r1 ? [c0, r0, c1, r1] : null;
}
