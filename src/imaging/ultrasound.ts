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
// posterior enhancement capped at +6 dB.
const PROBE_RADIUS_MM = 30;
const HALF_ANGLE = (34 * Math.PI) / 180;
const REFERENCE_DB_PER_CM = 2.2;
const DYNAMIC_RANGE_DB = 36;
const MAX_GAIN_DB = 6;
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

// model assumption: speckle cells about 0.45 mm along the beam and 0.3 mm + 0.5 % of depth across
// it (lateral resolution worsens with depth); the display keeps 0.3 dB/cm of the loss that
// time-gain compensation leaves, and the transmit focus adds 3 dB around 60 % of the depth.
const AXIAL_CELL_MM = 0.45;
const LATERAL_CELL_MM = 0.3;
const LATERAL_CELL_PER_MM = 0.005;
const RESIDUAL_DB_PER_CM = 0.3;
const FOCUS_GAIN_DB = 3;
// model assumption: parenchymal echo texture varies by ±18 % over a few millimetres.
const ECHO_TEXTURE = 0.18;

/**
 * One ultrasound frame. CEUS is shown as machines do in contrast mode: the low-MI contrast image
 * fills the panel and its B-mode twin (same plane and moment) sits in the top-left corner, where
 * the sector leaves the screen black.
 */
export function renderUltrasound(
  scene: Scene,
  plane: ImagePlane,
  acquisition: Extract<Acquisition, { modality: 'us' | 'ceus' }>,
  seed: number,
  protocol?: InjectionProtocol,
): Float32Array {
  if (plane.orientation !== 'axial' && plane.orientation !== 'sagittal')
    throw new RangeError('ultrasound is simulated in axial (transverse) or sagittal planes');
  const main = renderFrame(scene, plane, acquisition, seed, protocol);
  if (acquisition.modality !== 'ceus') return main;
  const { width, height } = plane;
  const iw = Math.max(32, Math.round(width * 0.4)),
    ih = Math.max(32, Math.round(height * 0.4));
  const insetPlane = imagePlane({
    orientation: plane.orientation,
    positionMm: plane.positionMm,
    width: iw,
    height: ih,
    fovMm: width * plane.pixelMm,
    centreMm: centreOf(plane),
  });
  const twin = renderFrame(scene, insetPlane, { modality: 'us' }, seed + 1, protocol);
  for (let r = 0; r < ih; r++) {
    for (let c = 0; c < iw; c++) main[(r + 2) * width + c + 2] = twin[r * iw + c]!;
  }
  // A thin frame line round the twin image.
  for (let c = 0; c < iw + 4; c++) main[(ih + 3) * width + c] = 0.55;
  for (let r = 0; r < ih + 4; r++) main[r * width + iw + 3] = 0.55;
  return main;
}

function renderFrame(
  scene: Scene,
  plane: ImagePlane,
  acquisition: Extract<Acquisition, { modality: 'us' | 'ceus' }>,
  seed: number,
  protocol?: InjectionProtocol,
): Float32Array {
  const { width, height, pixelMm } = plane;
  const scale = 0.5;
  const lw = Math.max(32, Math.round(width * scale)),
    lh = Math.max(32, Math.round(height * scale));
  const lowPlane = imagePlane({
    orientation: plane.orientation,
    positionMm: plane.positionMm,
    width: lw,
    height: lh,
    fovMm: width * pixelMm,
    centreMm: centreOf(plane),
  });
  const contrastMode = acquisition.modality === 'ceus';
  const echoPlane = imagePlane({
    orientation: plane.orientation,
    positionMm: plane.positionMm,
    width,
    height,
    fovMm: width * pixelMm,
    centreMm: centreOf(plane),
  });
  const echo = paintField(
    scene,
    echoPlane,
    contrastMode ? ceusSignal(acquisition.timeS, protocol) : ultrasoundEcho(),
    0,
  );
  const attenuation = paintField(scene, lowPlane, ultrasoundAttenuation(), REFERENCE_DB_PER_CM);

  const apex = apexOf(plane);
  const maxDepthPx = Math.hypot(Math.max(apex.column, width - apex.column), height - apex.row);
  const r0 = PROBE_RADIUS_MM / pixelMm;
  const sampleStep = (maxDepthPx - r0) / SAMPLES;
  // Round-trip excess loss (dB) accumulated along each beam, relative to the reference tissue.
  const loss = new Float32Array(BEAMS * SAMPLES);
  for (let b = 0; b < BEAMS; b++) {
    const theta = -HALF_ANGLE + ((b + 0.5) / BEAMS) * 2 * HALF_ANGLE;
    const sx = Math.sin(theta),
      sy = Math.cos(theta);
    let acc = 0;
    for (let i = 0; i < SAMPLES; i++) {
      const r = r0 + i * sampleStep;
      const lc = Math.floor((apex.column + sx * r) * scale),
        lr = Math.floor((apex.row + sy * r) * scale);
      const a = lc >= 0 && lc < lw && lr >= 0 && lr < lh ? attenuation[lr * lw + lc]! : REFERENCE_DB_PER_CM;
      loss[b * SAMPLES + i] = Math.max(acc, -MAX_GAIN_DB);
      acc += (2 * (a - REFERENCE_DB_PER_CM) * (sampleStep * pixelMm)) / 10;
    }
  }
  const speckle = noiseField(seed, 'white');
  const texture = noiseField(seed, 'smooth');
  const o1 = sliceOffset(`us:${plane.positionMm.toFixed(1)}`);
  const o2 = sliceOffset(`us:${plane.positionMm.toFixed(1)}:q`);
  const mask = FIELD_SIZE - 1;
  // Speckle: complex Gaussian scatter summed over a resolution cell that is short along the beam
  // and wide across it (growing with depth), then the magnitude (Rayleigh statistics).
  const out = new Float32Array(width * height);
  // model assumption: B-mode master gain −13 dB (liver mid-grey); contrast mode suppresses tissue
  // echoes, shown over a narrower 30 dB range so unenhanced tissue and fat stay near black.
  const floor = contrastMode ? 0.0015 : 0.004;
  const master = contrastMode ? 1 : 0.22;
  const range = contrastMode ? 30 : DYNAMIC_RANGE_DB;
  const depthMaxMm = (maxDepthPx - r0) * pixelMm;
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      const dx = c - apex.column,
        dy = r - apex.row;
      const radius = Math.hypot(dx, dy);
      const theta = Math.atan2(dx, dy);
      if (dy <= 0 || radius < r0 || radius > maxDepthPx || Math.abs(theta) > HALF_ANGLE) continue;
      const b = Math.min(BEAMS - 1, Math.floor(((theta + HALF_ANGLE) / (2 * HALF_ANGLE)) * BEAMS));
      const i = Math.min(SAMPLES - 1, Math.floor((radius - r0) / sampleStep));
      const depthMm = (radius - r0) * pixelMm;
      const focus = FOCUS_GAIN_DB * Math.exp(-(((depthMm - 0.6 * depthMaxMm) / (0.25 * depthMaxMm)) ** 2));
      const residual = (RESIDUAL_DB_PER_CM * depthMm) / 10;
      const gain = Math.pow(10, (-loss[b * SAMPLES + i]! + focus - residual) / 20);
      const radiusMm = radius * pixelMm;
      const lateral = LATERAL_CELL_MM + LATERAL_CELL_PER_MM * radiusMm;
      const sr = Math.floor(radiusMm / AXIAL_CELL_MM),
        sc = Math.floor((theta * radiusMm) / lateral);
      // Sum a 2 (along) × 2 (across) cell neighbourhood of the white field: correlated speckle.
      let re = 0,
        im = 0;
      for (let a = 0; a < 2; a++) {
        for (let l = 0; l < 2; l++) {
          re += speckle[((sr + a + o1[1]) & mask) * FIELD_SIZE + ((sc + l + o1[0]) & mask)]!;
          im += speckle[((sr + a + o2[1]) & mask) * FIELD_SIZE + ((sc + l + o2[0]) & mask)]!;
        }
      }
      const rayleigh = Math.sqrt((re * re + im * im) / 8);
      const tex = 1 + ECHO_TEXTURE * texture[((r + o1[1]) & mask) * FIELD_SIZE + ((c + o1[0]) & mask)]!;
      const e = (echo[r * width + c]! * tex + floor) * rayleigh * gain * master;
      out[r * width + c] = Math.min(1, Math.max(0, 1 + (20 * Math.log10(e + 1e-6)) / range));
    }
  }
  return out;
}

function centreOf(plane: ImagePlane): [number, number] {
  const h = plane.origin[plane.orientation === 'axial' ? 0 : 1] + (plane.width / 2) * plane.pixelMm;
  const v =
    plane.orientation === 'axial'
      ? plane.origin[1] + (plane.height / 2) * plane.pixelMm
      : -(plane.origin[2] - (plane.height / 2) * plane.pixelMm);
  return [h, v];
}
