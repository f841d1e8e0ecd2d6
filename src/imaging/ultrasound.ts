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
import { drawText } from './display-text';
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
// model assumption: the shadow behind bone, gas or calcium begins 1.5 mm behind its front surface,
// which reflects 6 times as strongly as liver (a bright specular line).
const SHADOW_LAG_MM = 1.5;
// model assumption: an interface reflects in proportion to the backscatter step across it
// (a liver–blood step gives a wall echo about twice as bright as liver), over about a millimetre.
const INTERFACE_MM = 1.2;
const INTERFACE_ECHO = 2.2;
const SPECULAR_ECHO = 3;
// model assumption: parenchymal echo texture varies by ±18 % over a few millimetres.
const ECHO_TEXTURE = 0.18;

// model assumption: a dual CEUS display shows the B-mode and the contrast image side by side,
// each half the panel's width and 1.25 times as tall as wide, with the same sector; the
// mechanical index of a low-MI contrast mode is shown as 0.08.
const DUAL_ASPECT = 1.25;
const CEUS_MI = '0.08';

/** Where the two halves of a dual CEUS display sit in a width × height panel. */
function dualLayout(width: number, height: number): { half: number; rows: number; top: number } {
  const half = Math.floor(width / 2);
  const rows = Math.min(height, Math.round(half * DUAL_ASPECT));
  return { half, rows, top: Math.round((height - rows) / 2) };
}

/**
 * The plane of the pixels an ultrasound panel shows. B-mode fills the panel; a CEUS panel is a
 * dual display (B-mode on the left, contrast on the right, same sector), and its plane maps the
 * right-hand (contrast) half onto the patient, so lesion outlines and arrows land on the contrast
 * image.
 */
export function ultrasoundDisplayPlane(plane: ImagePlane, modality: 'us' | 'ceus'): ImagePlane {
  if (modality === 'us') return plane;
  const h = halfPlane(plane);
  const { half, top } = dualLayout(plane.width, plane.height);
  const shift = plane.width - half;
  return {
    ...h,
    width: plane.width,
    height: plane.height,
    origin: [0, 1, 2].map((k) => h.origin[k]! - shift * h.u[k]! - top * h.v[k]!) as [number, number, number],
  };
}

function halfPlane(plane: ImagePlane): ImagePlane {
  const { half, rows } = dualLayout(plane.width, plane.height);
  return imagePlane({
    orientation: plane.orientation,
    positionMm: plane.positionMm,
    width: half,
    height: rows,
    fovMm: plane.width * plane.pixelMm,
    centreMm: centreOf(plane),
  });
}

/**
 * One ultrasound frame. CEUS is shown as machines do in contrast mode: a dual display with the
 * B-mode image on the left and the low-MI contrast image on the right, the same sector at the
 * same moment, labelled with the mode, the mechanical index and the timer since injection.
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
  if (acquisition.modality !== 'ceus') return renderFrame(scene, plane, acquisition, seed, protocol);
  const { width, height } = plane;
  const { half, rows, top } = dualLayout(width, height);
  const sector = halfPlane(plane);
  const bmode = renderFrame(scene, sector, { modality: 'us' }, seed + 1, protocol);
  const contrast = renderFrame(scene, sector, acquisition, seed, protocol);
  const out = new Float32Array(width * height);
  const left = 0,
    right = width - half;
  for (let r = 0; r < rows; r++) {
    const row = (top + r) * width;
    for (let c = 0; c < half; c++) {
      out[row + left + c] = bmode[r * half + c]!;
      out[row + right + c] = contrast[r * half + c]!;
    }
  }
  // A thin divider between the halves, and the labels a scanner prints above each image.
  for (let r = top; r < top + rows; r++) out[r * width + right - 1] = 0.35;
  const scale = Math.max(1, Math.round(width / 200));
  const t = Math.max(0, Math.round(acquisition.timeS));
  const timer = `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
  const y = Math.max(2, top - 10 * scale);
  const label = (text: string, x: number, atY: number, level: number) =>
    drawText(
      (px, py) => {
        out[py * width + px] = level;
      },
      width,
      height,
      text,
      x,
      atY,
      scale,
    );
  label('B-MODE', left + 4 * scale, y, 0.85);
  label(`CONTRAST MI ${CEUS_MI}`, right + 4 * scale, y, 0.85);
  label(timer, right + 4 * scale, top + rows + 3 * scale, 0.95);
  // Depth marks every centimetre down each half's right edge.
  const cm = 10 / sector.pixelMm;
  for (const x0 of [left + half - 3 * scale, right + half - 3 * scale]) {
    for (let d = cm; d < rows; d += cm) {
      const rr = top + Math.round(d);
      for (let k = 0; k < 2 * scale; k++) if (x0 + k < width) out[rr * width + x0 + k] = 0.7;
    }
  }
  return out;
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
  // The shadow starts SHADOW_LAG_MM behind the first strongly attenuating sample, so the front
  // surface of bone, calcium or gas is drawn (bright, specular) before the shadow behind it.
  const lag = Math.max(1, Math.ceil(SHADOW_LAG_MM / (sampleStep * pixelMm)));
  const loss = new Float32Array(BEAMS * SAMPLES);
  // Specular reflection where the beam meets a strong attenuator (bone, gas, calcium): 0–1.
  const specular = new Float32Array(BEAMS * SAMPLES);
  const along = new Float32Array(SAMPLES);
  for (let b = 0; b < BEAMS; b++) {
    const theta = -HALF_ANGLE + ((b + 0.5) / BEAMS) * 2 * HALF_ANGLE;
    const sx = Math.sin(theta),
      sy = Math.cos(theta);
    let acc = 0;
    for (let i = 0; i < SAMPLES; i++) {
      const r = r0 + i * sampleStep;
      const lc = Math.floor((apex.column + sx * r) * scale),
        lr = Math.floor((apex.row + sy * r) * scale);
      along[i] = lc >= 0 && lc < lw && lr >= 0 && lr < lh ? attenuation[lr * lw + lc]! : REFERENCE_DB_PER_CM;
    }
    for (let i = 0; i < SAMPLES; i++) {
      const a = along[Math.max(0, i - lag)]!;
      loss[b * SAMPLES + i] = Math.max(acc, -MAX_GAIN_DB);
      acc += (2 * (a - REFERENCE_DB_PER_CM) * (sampleStep * pixelMm)) / 10;
      const jump = along[Math.min(SAMPLES - 1, i + 1)]! - along[Math.max(0, i - lag)]!;
      if (jump > 8 && acc < 20) specular[b * SAMPLES + i] = Math.min(1, jump / 30);
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
  const floor = contrastMode ? 0.02 : 0.004;
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
      // Contrast mode shows bubble echoes as bright grains (intensity statistics); B-mode shows
      // tissue speckle (Rayleigh amplitude).
      const power = (re * re + im * im) / 8;
      const rayleigh = contrastMode ? power : Math.sqrt(power);
      const tex = 1 + ECHO_TEXTURE * texture[((r + o1[1]) & mask) * FIELD_SIZE + ((c + o1[0]) & mask)]!;
      let spec = 0;
      if (!contrastMode) {
        spec = SPECULAR_ECHO * specular[b * SAMPLES + i]!;
        // Interfaces between tissues of different backscatter (organ capsules, vessel walls)
        // reflect: compare with the echo about a millimetre nearer the probe along the beam.
        const back = INTERFACE_MM / pixelMm / radius;
        const pc = Math.round(c - dx * back),
          pr = Math.round(r - dy * back);
        if (pc >= 0 && pc < width && pr >= 0 && pr < height)
          spec += INTERFACE_ECHO * Math.abs(echo[r * width + c]! - echo[pr * width + pc]!);
      }
      const e = (echo[r * width + c]! * tex + floor + spec) * rayleigh * gain * master;
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
