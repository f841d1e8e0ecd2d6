/**
 * Ultrasound as an approximation: a curvilinear probe on the anterior abdominal wall sends
 * beams in a fan. Each pixel's echo is the tissue's backscatter × speckle × what the tissue in
 * front of it let through: bone, calcium and gas cast shadows, fluid lets more through (posterior
 * enhancement). Time-gain compensation removes the average soft-tissue loss. The echo is then
 * log-compressed to a 0–1 grey level. CEUS shows microbubble signal instead of backscatter.
 */
import type { Acquisition } from './acquisitions';
import { TRUNK } from './anatomy-body';
import type { InjectionProtocol } from './kinetics';
import { FIELD_SIZE, noiseField, sliceOffset } from './noise';
import { imagePlane, patientToPixel, type ImagePlane } from './planes';
import { createTarget, paintShape } from './rasterise';
import type { Scene } from './scene';
import { expandBox } from './shapes';
import { planeBox } from './planes';
import { ceusSignal, ultrasoundAttenuation, ultrasoundEcho, type SignalTable } from './signal-models';

// model assumption: probe radius 30 mm, fan ±34°, soft-tissue reference attenuation 2.2 dB/cm
// (≈ 0.6 dB/cm/MHz at 3.5 MHz) removed by time-gain compensation, 36 dB displayed dynamic range,
// posterior enhancement capped at +9 dB.
const PROBE_RADIUS_MM = 30;
const HALF_ANGLE = (34 * Math.PI) / 180;
const REFERENCE_DB_PER_CM = 2.2;
const DYNAMIC_RANGE_DB = 36;
const MAX_GAIN_DB = 9;
const BEAMS = 160;
const SAMPLES = 320;

function paintField(scene: Scene, plane: ImagePlane, signal: SignalTable, background: number): Float32Array {
  const target = createTarget(plane.width, plane.height, background);
  const box = expandBox(planeBox(plane), 4);
  for (const s of scene.structures) {
    const shape = s.shape.clip(box);
    if (shape) paintShape(plane, shape, signal[s.tissue], 0, 1.2, target);
  }
  return target.values;
}

/** Apex of the fan: above the skin at the centre of the image, in the plane's pixel coordinates. */
function apexOf(plane: ImagePlane): { column: number; row: number } {
  const centreColumn = plane.width / 2;
  const x = plane.origin[0] + centreColumn * plane.u[0];
  const half = Math.sqrt(Math.max(0, 1 - (x / TRUNK.rx) ** 2));
  const skinY = TRUNK.cy - TRUNK.ry * half;
  const p = patientToPixel(plane, [x, skinY - PROBE_RADIUS_MM + 2, plane.origin[2]]);
  return { column: centreColumn, row: p.row };
}

export function renderUltrasound(scene: Scene, plane: ImagePlane, acquisition: Extract<Acquisition, { modality: 'us' | 'ceus' }>, seed: number, protocol?: InjectionProtocol): Float32Array {
  if (plane.orientation !== 'axial' && plane.orientation !== 'sagittal') throw new RangeError('ultrasound is simulated in axial (transverse) or sagittal planes');
  const { width, height, pixelMm } = plane;
  const scale = 0.5;
  const lw = Math.max(32, Math.round(width * scale)), lh = Math.max(32, Math.round(height * scale));
  const lowPlane = imagePlane({ orientation: plane.orientation, positionMm: plane.positionMm, width: lw, height: lh, fovMm: width * pixelMm, centreMm: centreOf(plane) });
  const contrastMode = acquisition.modality === 'ceus';
  const echoPlane = imagePlane({ orientation: plane.orientation, positionMm: plane.positionMm, width, height, fovMm: width * pixelMm, centreMm: centreOf(plane) });
  const echo = paintField(scene, echoPlane, contrastMode ? ceusSignal(acquisition.timeS, protocol) : ultrasoundEcho(), 0);
  const attenuation = paintField(scene, lowPlane, ultrasoundAttenuation(), REFERENCE_DB_PER_CM);

  const apex = apexOf(plane);
  const maxDepthPx = Math.hypot(Math.max(apex.column, width - apex.column), height - apex.row);
  const r0 = PROBE_RADIUS_MM / pixelMm;
  const sampleStep = (maxDepthPx - r0) / SAMPLES;
  // Round-trip excess loss (dB) accumulated along each beam, relative to the reference tissue.
  const loss = new Float32Array(BEAMS * SAMPLES);
  for (let b = 0; b < BEAMS; b++) {
    const theta = -HALF_ANGLE + ((b + 0.5) / BEAMS) * 2 * HALF_ANGLE;
    const sx = Math.sin(theta), sy = Math.cos(theta);
    let acc = 0;
    for (let i = 0; i < SAMPLES; i++) {
      const r = r0 + i * sampleStep;
      const lc = Math.floor((apex.column + sx * r) * scale), lr = Math.floor((apex.row + sy * r) * scale);
      const a = lc >= 0 && lc < lw && lr >= 0 && lr < lh ? attenuation[lr * lw + lc]! : REFERENCE_DB_PER_CM;
      loss[b * SAMPLES + i] = Math.max(acc, -MAX_GAIN_DB);
      acc += 2 * (a - REFERENCE_DB_PER_CM) * (sampleStep * pixelMm) / 10;
    }
  }
  const speckle = noiseField(seed, 'speckle');
  const o1 = sliceOffset(`us:${plane.positionMm.toFixed(1)}`);
  const o2 = sliceOffset(`us:${plane.positionMm.toFixed(1)}:q`);
  const mask = FIELD_SIZE - 1;
  const out = new Float32Array(width * height);
  const floor = contrastMode ? 0.01 : 0.004;
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      const dx = c - apex.column, dy = r - apex.row;
      const radius = Math.hypot(dx, dy);
      const theta = Math.atan2(dx, dy);
      if (dy <= 0 || radius < r0 || radius > maxDepthPx || Math.abs(theta) > HALF_ANGLE) continue;
      const b = Math.min(BEAMS - 1, Math.floor(((theta + HALF_ANGLE) / (2 * HALF_ANGLE)) * BEAMS));
      const i = Math.min(SAMPLES - 1, Math.floor((radius - r0) / sampleStep));
      const gain = Math.pow(10, -loss[b * SAMPLES + i]! / 20);
      // Speckle follows the beam geometry: indexed by angle across and depth along the beam.
      const sc = Math.floor(theta * 260), sr = Math.floor(radius * 0.9);
      const n1 = speckle[((sr + o1[1]) & mask) * FIELD_SIZE + ((sc + o1[0]) & mask)]!;
      const n2 = speckle[((sr + o2[1]) & mask) * FIELD_SIZE + ((sc + o2[0]) & mask)]!;
      const rayleigh = Math.sqrt((n1 * n1 + n2 * n2) / 2);
      const e = (echo[r * width + c]! + floor) * rayleigh * gain;
      out[r * width + c] = Math.min(1, Math.max(0, 1 + (20 * Math.log10(e + 1e-6)) / DYNAMIC_RANGE_DB));
    }
  }
  return out;
}

function centreOf(plane: ImagePlane): [number, number] {
  const h = plane.origin[plane.orientation === 'axial' ? 0 : 1] + (plane.width / 2) * plane.pixelMm;
  const v = plane.orientation === 'axial' ? plane.origin[1] + (plane.height / 2) * plane.pixelMm : -(plane.origin[2] - (plane.height / 2) * plane.pixelMm);
  return [h, v];
}
