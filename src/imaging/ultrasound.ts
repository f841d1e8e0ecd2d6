/**
 * Ultrasound from a scatterer model, the way a curvilinear (convex) abdominal probe forms it.
 *
 * The probe sits on the anterior skin; its beams fan out from a virtual apex above the skin, so
 * the image is an annular sector: apex at the top centre, curved near (probe face) and far edges.
 * Along each beam the echo is built in beam (polar) coordinates:
 *
 * 1. random sub-resolution scatterers (complex Gaussian), each tissue's backscatter amplitude
 *    scaling them (fat echogenic, pancreas brighter than liver, a NET hypoechoic, blood and
 *    fluid anechoic);
 * 2. convolved with the point-spread function: short along the beam (the pulse length), longer
 *    across it and widening away from the transmit focus, so speckle is laterally elongated and
 *    coarsens with depth; the envelope (magnitude) gives Rayleigh speckle;
 * 3. specular echoes where the beam meets a step in backscatter (capsules, vessel walls) and a
 *    bright front surface on bone, gas and calcium;
 * 4. depth: each beam accumulates the loss of what it crossed relative to soft tissue, which
 *    time-gain compensation removes (a shadow behind bone, gas and calcium only, along the beam
 *    lines; posterior enhancement behind fluid), a little residual fall-off with depth, and
 *    a focal zone;
 * 5. log compression to a 0–1 grey level, then scan conversion to the display grid.
 *
 * CEUS shows microbubble signal (from the shared contrast model) with tissue suppressed, beside
 * its B-mode image, in the same sector.
 */
import { ULTRASOUND_DEPTH_MM, type Acquisition } from './acquisitions';
import { TRUNK } from './anatomy-body';
import type { InjectionProtocol } from './kinetics';
import { FIELD_SIZE, noiseField, sliceOffset } from './noise';
import type { ImagePlane } from './planes';
import { paintShapeLayers } from './rasterise';
import { drawText } from './display-text';
import type { Scene } from './scene';
import { expandBox } from './shapes';
import { planeBox } from './planes';
import { ceusSignal, ultrasoundAttenuation, ultrasoundEcho, type SignalTable } from './signal-models';
import type { Structure } from './structures';

// model assumption: a curvilinear abdominal probe of 45 mm radius with a 52° field of view,
// imaging ULTRASOUND_DEPTH_MM (185 mm) below the skin; the probe is pressed 4 mm into the skin.
const PROBE_RADIUS_MM = 45;
const HALF_ANGLE = (26 * Math.PI) / 180;
const DEPTH_MM = ULTRASOUND_DEPTH_MM;
const COMPRESSION_MM = 4;
// model assumption: about three beams for every four display pixels across the sector, 96 to 256.
const MAX_BEAMS = 256;
const MIN_BEAMS = 96;
// model assumption: soft-tissue reference attenuation 2.2 dB/cm one way (≈ 0.6 dB/cm/MHz at
// 3.5 MHz), removed by time-gain compensation except 0.6 dB/cm (the usual TGC setting leaves the
// far field a little darker than the near field, never brighter); posterior enhancement capped
// at +9 dB; 45 dB displayed dynamic range (B-mode), 30 dB in contrast mode.
const REFERENCE_DB_PER_CM = 2.2;
const RESIDUAL_DB_PER_CM = 0.6;
const MAX_GAIN_DB = 9;
const DYNAMIC_RANGE_DB = 45;
const CONTRAST_RANGE_DB = 30;
// model assumption: pulse envelope σ 0.4 mm along the beam; beam width σ 0.8 mm at the transmit
// focus (55 % of the depth), widening by 0.012 mm per mm away from it (and 0.3 mm + 0.5 % of the
// depth everywhere): speckle cells several times longer across the beam than along it, and a
// centimetre-sized non-enhancing area keeps about its size on the contrast image.
const AXIAL_SIGMA_MM = 0.4;
const LATERAL_SIGMA_FOCUS_MM = 0.8;
const LATERAL_SIGMA_PER_MM = 0.012;
const FOCUS_FRACTION = 0.55;
const FOCUS_GAIN_DB = 2.5;
// model assumption: the shadow behind bone, gas or calcium begins 1.5 mm behind its front surface,
// which reflects as a bright specular line; an interface reflects in proportion to the step in
// backscatter across it, over about a millimetre.
const SHADOW_LAG_MM = 1.5;
const SPECULAR_ECHO = 2.5;
const INTERFACE_MM = 1;
const INTERFACE_ECHO = 0.9;
// model assumption: subcutaneous fat is hypoechoic (with a few bright septa) while intra-abdominal
// and retroperitoneal fat is echogenic; electronic noise sets a floor that the time-gain
// compensation amplifies with depth, still about 12 dB below liver echo at the deepest row (it
// shows in shadows and anechoic fluid, not as pepper over the far field).
const SUBCUTANEOUS_FAT_ECHO = 0.22;
// model assumption: echotexture (backscatter varying over about 2 mm): ±45 % in fat, ±12 % in
// parenchymal organs.
const FAT_ECHO_TEXTURE = 0.45;
const PARENCHYMA_ECHO_TEXTURE = 0.12;
const TEXTURE_MM = 0.35;
const ECHOTEXTURE_SEED = 17;
// model assumption: tissue maps for the beams on a grid of at most 0.5 mm.
const MAP_MM = 0.5;
// model assumption: reverberation behind gas starts about as strong as liver echo and fades over
// 12 mm, in bands 2.5 mm apart.
const REVERB_ECHO = 0.45;
const REVERB_FADE_MM = 12;
const REVERB_BAND_MM = 2.5;
const NOISE_FLOOR = 0.01;
const NOISE_HIDDEN_DB = 75;

// model assumption: a dual CEUS display shows the B-mode and the contrast image side by side,
// each half the panel's width with the same sector; the mechanical index of a low-MI contrast
// mode is shown as 0.08.
const CEUS_MI = '0.08';

/** The sector of one ultrasound image: its display plane and where its apex lies on it. */
interface Sector {
  /** Display plane of the sector image (width × rows pixels). */
  readonly plane: ImagePlane;
  /** Apex in continuous pixel coordinates (pixel (c, r) has its centre at (c + 0.5, r + 0.5)). */
  readonly apexX: number;
  readonly apexY: number;
  readonly r0Px: number;
  readonly rMaxPx: number;
}

function skinSurface(scene: Scene): Structure | undefined {
  return scene.structures.find((s) => s.id === 'skin');
}

/** Anterior skin (y, mm) at the probe's position on the body, from the scene's own skin surface. */
function skinY(scene: Scene, x: number, z: number): number {
  const skin = skinSurface(scene);
  if (!skin) {
    const half = Math.sqrt(Math.max(0, 1 - (x / TRUNK.rx) ** 2));
    return TRUNK.cy - TRUNK.ry * half;
  }
  let y = 40;
  while (y > -250 && skin.shape.distance(x, y, z) < 0) y -= 1;
  for (let k = 0; k < 6 && skin.shape.distance(x, y, z) > 0; k++) y += 0.2;
  return y;
}

/**
 * The sector image for a requested plane, `width` pixels wide: the sector spans the width (less
 * a small margin) and starts at the top; its rows follow from the sector's shape.
 */
function sectorFor(scene: Scene, request: ImagePlane, width: number): Sector & { rows: number } {
  const rMax = PROBE_RADIUS_MM + DEPTH_MM;
  const margin = Math.max(2, Math.round(width * 0.02));
  const p = (2 * rMax * Math.sin(HALF_ANGLE)) / (width - 2 * margin);
  const apexY = 2 - (PROBE_RADIUS_MM * Math.cos(HALF_ANGLE)) / p;
  const rows = Math.ceil(apexY + rMax / p + 2);
  const apexX = width / 2;
  const [h] = centreOf(request);
  const z = request.positionMm;
  let origin: [number, number, number], u: [number, number, number], v: [number, number, number];
  if (request.orientation === 'sagittal') {
    // Longitudinal scan: the head on the left of the screen, depth downwards.
    const zc = -centreOf(request)[1];
    const apexPatientY = skinY(scene, request.positionMm, zc) + COMPRESSION_MM - PROBE_RADIUS_MM;
    origin = [request.positionMm, apexPatientY - apexY * p, zc + apexX * p];
    u = [0, 0, -p];
    v = [0, p, 0];
  } else {
    const apexPatientY = skinY(scene, h, z) + COMPRESSION_MM - PROBE_RADIUS_MM;
    origin = [h - apexX * p, apexPatientY - apexY * p, z];
    u = [p, 0, 0];
    v = [0, p, 0];
  }
  const plane: ImagePlane = {
    orientation: request.orientation,
    positionMm: request.positionMm,
    width,
    height: rows,
    pixelMm: p,
    origin,
    u,
    v,
  };
  return { plane, apexX, apexY, r0Px: PROBE_RADIUS_MM / p, rMaxPx: rMax / p, rows };
}

/** Where the two halves of a dual CEUS display sit in a width × height panel. */
function dualLayout(scene: Scene, plane: ImagePlane): { half: number; rows: number; top: number; sector: Sector } {
  const half = Math.floor(plane.width / 2);
  const sector = sectorFor(scene, plane, half);
  const rows = Math.min(plane.height, sector.rows);
  return { half, rows, top: Math.max(0, Math.round((plane.height - rows) / 2)), sector };
}

/**
 * The plane of the pixels an ultrasound panel shows. A B-mode panel shows one sector from the
 * top of the panel; a CEUS panel is a dual display (B-mode on the left, contrast on the right,
 * same sector), and its plane maps the right-hand (contrast) half onto the patient, so lesion
 * outlines and arrows land on the contrast image.
 */
export function ultrasoundDisplayPlane(scene: Scene, plane: ImagePlane, modality: 'us' | 'ceus'): ImagePlane {
  if (modality === 'us') return { ...sectorFor(scene, plane, plane.width).plane, height: plane.height };
  const { half, top, sector } = dualLayout(scene, plane);
  const h = sector.plane;
  const shift = plane.width - half;
  return {
    ...h,
    width: plane.width,
    height: plane.height,
    origin: [0, 1, 2].map((k) => h.origin[k]! - shift * h.u[k]! - top * h.v[k]!) as [number, number, number],
  };
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
  const { width, height } = plane;
  const scale = Math.max(1, Math.round(width / 200));
  if (acquisition.modality !== 'ceus') {
    const sector = sectorFor(scene, plane, width);
    const frame = renderFrame(sector, beamMaps(scene, sector, null), false, seed);
    const out = new Float32Array(width * height);
    const rows = Math.min(height, sector.rows);
    out.set(frame.subarray(0, rows * width));
    depthMarks(out, width, height, sector, 0, width - 3 * scale, scale, rows);
    return out;
  }
  const { half, rows, top, sector } = dualLayout(scene, plane);
  const maps = beamMaps(scene, sector, ceusSignal(acquisition.timeS, protocol));
  const bmode = renderFrame(sector, maps, false, seed + 1, true);
  const contrast = renderFrame(sector, maps, true, seed);
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
  label(timer, right + 4 * scale, Math.min(height - 6 * scale, top + rows + 3 * scale), 0.95);
  depthMarks(out, width, height, sector, top, left + half - 3 * scale, scale, rows);
  depthMarks(out, width, height, sector, top, right + half - 3 * scale, scale, rows);
  return out;
}

/** Depth marks every centimetre below the probe face, and the transmit-focus marker, at column x0. */
function depthMarks(
  out: Float32Array,
  width: number,
  height: number,
  sector: Sector,
  top: number,
  x0: number,
  scale: number,
  rows: number,
): void {
  const p = sector.plane.pixelMm;
  const put = (x: number, y: number, level: number) => {
    if (x >= 0 && x < width && y >= 0 && y < height && y < top + rows) out[y * width + x] = level;
  };
  for (let d = 10; d <= DEPTH_MM; d += 10) {
    const rr = top + Math.round(sector.apexY + (PROBE_RADIUS_MM + d) / p - 0.5);
    const long = d % 50 === 0 ? 2 : 0;
    for (let k = -long; k < 2 * scale; k++) put(x0 + k, rr, 0.7);
  }
  // The focus marker: a small left-pointing triangle beside the focal depth.
  const fr = top + Math.round(sector.apexY + (PROBE_RADIUS_MM + FOCUS_FRACTION * DEPTH_MM) / p - 0.5);
  for (let k = 0; k <= 2 * scale; k++)
    for (let j = -k; j <= k; j++) put(x0 - 3 * scale - 2 * scale + k, fr + Math.round(j / 1), 0.8);
}

/** Backscatter amplitude of a structure on B-mode. */
/** How much a structure's backscatter varies from millimetre to millimetre (its echotexture). */
function echoTextureOf(s: Structure): number {
  if (s.tissue === 'fat') return FAT_ECHO_TEXTURE;
  return s.texture > 0 ? PARENCHYMA_ECHO_TEXTURE : 0;
}

function echoOf(s: Structure, table: SignalTable): number {
  return s.id === 'subcutaneous-fat' ? SUBCUTANEOUS_FAT_ECHO : table[s.tissue];
}

/** What the beams sample, on the beam grid: backscatter, bubble signal (CEUS) and attenuation. */
interface BeamMaps {
  readonly beams: number;
  readonly samples: number;
  readonly dr: number;
  readonly dTheta: number;
  readonly echo: Float32Array;
  readonly bubbles: Float32Array | null;
  readonly attenuation: Float32Array;
  /** 1 where the beam is in gas (bowel gas, lung), 0 elsewhere: gas reverberates, bone does not. */
  readonly gas: Float32Array;
}

/** Paints the structures on the sector's plane (one pass for every layer) and samples them along the beams. */
function beamMaps(scene: Scene, sector: Sector, bubbleTable: SignalTable | null): BeamMaps {
  const { apexX, apexY } = sector;
  const p = sector.plane.pixelMm;
  // The tissue maps need no finer grid than MAP_MM (the beam's point-spread function is wider):
  // a large B-mode panel paints them on a coarser copy of its plane. `m` converts display pixels
  // to map pixels.
  const m = Math.min(1, p / MAP_MM);
  const width = Math.max(8, Math.ceil(sector.plane.width * m)),
    height = Math.max(8, Math.ceil(sector.plane.height * m));
  const pm = p / m;
  const plane: ImagePlane = {
    ...sector.plane,
    width,
    height,
    pixelMm: pm,
    u: sector.plane.u.map((x) => x / m) as [number, number, number],
    v: sector.plane.v.map((x) => x / m) as [number, number, number],
  };
  const size = width * height;
  const echoLayer = new Float32Array(size);
  const attLayer = new Float32Array(size).fill(REFERENCE_DB_PER_CM);
  const bubbleLayer = bubbleTable ? new Float32Array(size) : null;
  const gasLayer = new Float32Array(size);
  const textureLayer = new Float32Array(size);
  const layers = [echoLayer, attLayer, gasLayer, textureLayer];
  if (bubbleLayer) layers.push(bubbleLayer);
  const echoTable = ultrasoundEcho();
  const attTable = ultrasoundAttenuation();
  const box = expandBox(planeBox(plane), 4);
  for (const s of scene.structures) {
    const shape = s.shape.clip(box);
    if (!shape) continue;
    const values = [
      echoOf(s, echoTable),
      attTable[s.tissue],
      s.tissue === 'gas' || s.tissue === 'air' ? 1 : 0,
      echoTextureOf(s),
    ];
    if (bubbleTable) values.push(bubbleTable[s.tissue]);
    paintShapeLayers(plane, shape, values, layers, 1.2);
  }
  // Beam (polar) grid: `beams` beams across the fan, samples every half display pixel in depth
  // (at least 0.3 mm apart, which still samples the 0.4 mm pulse envelope).
  const dr = Math.max(0.3, p / 2);
  const samples = Math.ceil(DEPTH_MM / dr) + 1;
  const beams = Math.max(MIN_BEAMS, Math.min(MAX_BEAMS, Math.round(sector.plane.width * 0.75)));
  const n = beams * samples;
  const dTheta = (2 * HALF_ANGLE) / (beams - 1);
  const texture = noiseField(ECHOTEXTURE_SEED, 'smooth');
  const mask = FIELD_SIZE - 1;
  const echo = new Float32Array(n);
  const attenuation = new Float32Array(n);
  const gas = new Float32Array(n);
  const bubbles = bubbleLayer ? new Float32Array(n) : null;
  for (let b = 0; b < beams; b++) {
    const theta = -HALF_ANGLE + b * dTheta;
    const sx = Math.sin(theta) / pm,
      sy = Math.cos(theta) / pm;
    for (let i = 0; i < samples; i++) {
      const r = PROBE_RADIUS_MM + i * dr;
      const x = apexX * m + sx * r,
        y = apexY * m + sy * r;
      const k = b * samples + i;
      // Echotexture: the backscatter varies over millimetres, strongly in fat (septa and lobules),
      // a little in parenchyma, not at all in fluid.
      const tex = sampleMap(textureLayer, width, height, x, y, 0);
      const f =
        tex > 0 ? texture[(((y * pm) / TEXTURE_MM) & mask) * FIELD_SIZE + (((x * pm) / TEXTURE_MM) & mask)]! : 0;
      echo[k] = sampleMap(echoLayer, width, height, x, y, 0) * Math.max(0.25, 1 + tex * f);
      attenuation[k] = sampleMap(attLayer, width, height, x, y, REFERENCE_DB_PER_CM);
      gas[k] = sampleMap(gasLayer, width, height, x, y, 0);
      if (bubbles) bubbles[k] = sampleMap(bubbleLayer!, width, height, x, y, 0);
    }
  }
  return { beams, samples, dr, dTheta, echo, bubbles, attenuation, gas };
}

/** Bilinear sample of a width × height map at continuous pixel coordinates (x, y); `outside` beyond it. */
function sampleMap(map: Float32Array, width: number, height: number, x: number, y: number, outside: number): number {
  const fx = x - 0.5,
    fy = y - 0.5;
  if (fx < 0 || fy < 0 || fx > width - 1 || fy > height - 1) return outside;
  const x0 = Math.floor(fx),
    y0 = Math.floor(fy);
  const x1 = Math.min(x0 + 1, width - 1),
    y1 = Math.min(y0 + 1, height - 1);
  const ax = fx - x0,
    ay = fy - y0;
  const a = map[y0 * width + x0]!,
    b = map[y0 * width + x1]!,
    c = map[y1 * width + x0]!,
    d = map[y1 * width + x1]!;
  return (a + (b - a) * ax) * (1 - ay) + (c + (d - c) * ax) * ay;
}

/** Normalised Gaussian taps for σ (in samples), half-width 3σ (at least one tap each side). */
function gaussianTaps(sigma: number): Float32Array {
  const reach = Math.max(1, Math.ceil(3 * sigma));
  const taps = new Float32Array(2 * reach + 1);
  let sum = 0;
  for (let k = -reach; k <= reach; k++) {
    const w = Math.exp(-0.5 * (k / Math.max(sigma, 1e-3)) ** 2);
    taps[k + reach] = w;
    sum += w * w;
  }
  // Scatterers add incoherently: normalise the energy, so speckle brightness does not depend on σ.
  const norm = 1 / Math.sqrt(sum);
  for (let k = 0; k < taps.length; k++) taps[k]! *= norm;
  return taps;
}

const boxScratch = new Float32Array(MAX_BEAMS);

/**
 * Three passes of a running box of half-width `k` across the beams (≈ a Gaussian of variance
 * (2k+1)²−1)/4 beams²), in place on one depth sample of `field` (stride `samples`); clamped ends.
 */
function boxAcrossBeams(field: Float32Array, i: number, samples: number, k: number, line: Float32Array): void {
  if (k <= 0) return;
  const beams = line.length;
  const w = 2 * k + 1;
  for (let b = 0; b < beams; b++) line[b] = field[b * samples + i]!;
  const tmp = boxScratch.subarray(0, beams);
  for (let pass = 0; pass < 3; pass++) {
    let sum = 0;
    for (let t = -k; t <= k; t++) sum += line[Math.min(beams - 1, Math.max(0, t))]!;
    for (let b = 0; b < beams; b++) {
      tmp[b] = sum / w;
      sum += line[Math.min(beams - 1, b + k + 1)]! - line[Math.max(0, b - k)]!;
    }
    line.set(tmp);
  }
  for (let b = 0; b < beams; b++) field[b * samples + i] = line[b]!;
}

function renderFrame(sector: Sector, maps: BeamMaps, contrastMode: boolean, seed: number, lowMi = false): Float32Array {
  const { plane, apexX, apexY, r0Px, rMaxPx } = sector;
  const { width, height, pixelMm: p } = plane;
  const { beams, samples, dr, dTheta, echo: amp, attenuation: att } = maps;
  const n = beams * samples;

  // Depth: accumulated excess loss along each beam (shadows, enhancement) and specular fronts.
  const lag = Math.max(1, Math.round(SHADOW_LAG_MM / dr));
  const loss = new Float32Array(n);
  const specular = new Float32Array(n);
  for (let b = 0; b < beams; b++) {
    let acc = 0;
    const o = b * samples;
    for (let i = 0; i < samples; i++) {
      loss[o + i] = Math.max(acc, -MAX_GAIN_DB);
      const a = att[o + Math.max(0, i - lag)]!;
      acc += (2 * (a - REFERENCE_DB_PER_CM) * dr) / 10;
      if (acc > 80) acc = 80;
      const jump = att[o + Math.min(samples - 1, i + 1)]! - att[o + Math.max(0, i - lag)]!;
      if (jump > 8 && acc < 20) specular[o + i] = Math.min(1, jump / 30);
    }
  }
  const line = new Float32Array(beams);
  // Gas reflects almost everything: the echo rings between the gas and the probe, so behind gas
  // the shadow is "dirty" (fading reverberation bands), unlike the clean shadow behind bone or
  // calcium.
  const reverb = new Float32Array(n);
  for (let b = 0; b < beams; b++) {
    const o = b * samples;
    let front = -1;
    for (let i = 0; i < samples; i++) {
      if (front < 0) {
        if (maps.gas[o + i]! > 0.5) front = i;
        continue;
      }
      const behind = (i - front) * dr;
      const band = 0.6 + 0.4 * Math.cos((2 * Math.PI * behind) / REVERB_BAND_MM);
      reverb[o + i] = REVERB_ECHO * Math.exp(-behind / REVERB_FADE_MM) * band;
    }
  }
  for (let i = 0; i < samples; i++) boxAcrossBeams(reverb, i, samples, 1, line);
  // The beam has a width: shadows have soft lateral edges (the loss averaged over 5 beams).
  for (let i = 0; i < samples; i++) boxAcrossBeams(loss, i, samples, 1, line);

  // Scatterers: complex Gaussian, amplitude ∝ backscatter (or bubble signal); the same seed and
  // slice always give the same scatterers.
  const white = noiseField(seed, 'white');
  const key = `us:${plane.orientation}:${plane.positionMm.toFixed(1)}`;
  const o1 = sliceOffset(key),
    o2 = sliceOffset(`${key}:q`);
  const mask = FIELD_SIZE - 1;
  const re = new Float32Array(n),
    im = new Float32Array(n);
  const bubbles = contrastMode ? maps.bubbles : null;
  for (let b = 0; b < beams; b++) {
    for (let i = 0; i < samples; i++) {
      const k = b * samples + i;
      // Contrast mode: bubble echoes, plus a little tissue the pulse sequence fails to cancel.
      const a = bubbles ? Math.sqrt(bubbles[k]!) + 0.035 * amp[k]! : amp[k]!;
      re[k] = a * white[((i + o1[1]) & mask) * FIELD_SIZE + ((b + o1[0]) & mask)]!;
      im[k] = a * white[((i + o2[1]) & mask) * FIELD_SIZE + ((b + o2[0]) & mask)]!;
    }
  }
  // Point-spread function. Along the beam: the pulse envelope (fixed).
  const axTaps = gaussianTaps(AXIAL_SIGMA_MM / dr);
  const axReach = (axTaps.length - 1) / 2;
  const re2 = new Float32Array(n),
    im2 = new Float32Array(n);
  for (let b = 0; b < beams; b++) {
    const o = b * samples;
    for (let i = 0; i < samples; i++) {
      let sr = 0,
        si = 0;
      const t0 = Math.max(-axReach, -i),
        t1 = Math.min(axReach, samples - 1 - i);
      for (let t = t0; t <= t1; t++) {
        const w = axTaps[t + axReach]!;
        sr += w * re[o + i + t]!;
        si += w * im[o + i + t]!;
      }
      re2[o + i] = sr;
      im2[o + i] = si;
    }
  }
  // Across the beam: the beam width in millimetres, narrowest at the focus, converted to beams
  // at each depth (beams spread apart with the radius); energy-normalised so speckle brightness
  // does not change with the width.
  const focusMm = FOCUS_FRACTION * DEPTH_MM;
  for (let i = 0; i < samples; i++) {
    const depth = i * dr;
    const sigmaMm = Math.hypot(
      LATERAL_SIGMA_FOCUS_MM + LATERAL_SIGMA_PER_MM * Math.abs(depth - focusMm),
      0.3 + 0.005 * depth,
    );
    const sigmaBeams = sigmaMm / ((PROBE_RADIUS_MM + depth) * dTheta);
    const k = Math.max(0, Math.round((Math.sqrt(4 * sigmaBeams * sigmaBeams + 1) - 1) / 2));
    if (k === 0) continue;
    const effective = Math.sqrt(((2 * k + 1) ** 2 - 1) / 4);
    const gain = Math.sqrt(2 * Math.sqrt(Math.PI) * effective);
    boxAcrossBeams(re2, i, samples, k, line);
    boxAcrossBeams(im2, i, samples, k, line);
    for (let b = 0; b < beams; b++) {
      re2[b * samples + i]! *= gain;
      im2[b * samples + i]! *= gain;
    }
  }
  const env = new Float32Array(n);
  for (let k = 0; k < n; k++) env[k] = Math.sqrt((re2[k]! * re2[k]! + im2[k]! * im2[k]!) / 2);
  // Post-detection smoothing along the beam (as the scanner's video filter does): fewer
  // pitch-black speckle nulls.
  for (let b = 0; b < beams; b++) {
    const o = b * samples;
    let prev = env[o]! * env[o]!;
    for (let i = 0; i < samples; i++) {
      const cur = env[o + i]! * env[o + i]!;
      const next = i + 1 < samples ? env[o + i + 1]! * env[o + i + 1]! : cur;
      env[o + i] = Math.sqrt((prev + 2 * cur + next) / 4);
      prev = cur;
    }
  }

  // Gain, specular echoes, noise floor, log compression (still on the beam grid).
  const interfaceLag = Math.max(1, Math.round(INTERFACE_MM / dr));
  // model assumption: B-mode master gain puts liver at mid-grey; the low-MI B-mode of a contrast
  // screen is 3 dB darker; contrast mode shows bubble echoes over a narrower range.
  const master = contrastMode ? 0.4 : lowMi ? 0.07 : 0.1;
  const range = contrastMode ? CONTRAST_RANGE_DB : DYNAMIC_RANGE_DB;
  const grey = new Float32Array(n);
  const o3 = sliceOffset(`${key}:floor`);
  const focusGain = new Float32Array(samples);
  const noiseGain = new Float32Array(samples);
  for (let i = 0; i < samples; i++) {
    const depth = i * dr;
    const focus = FOCUS_GAIN_DB * Math.exp(-(((depth - focusMm) / (0.3 * DEPTH_MM)) ** 2));
    focusGain[i] = focus - (RESIDUAL_DB_PER_CM * depth) / 10;
    // Electronic noise is added after the tissue's attenuation, so it rises with the receive gain.
    noiseGain[i] = NOISE_FLOOR * Math.pow(10, ((2 * REFERENCE_DB_PER_CM * depth) / 10 - NOISE_HIDDEN_DB) / 20);
  }
  const logScale = 20 / Math.LN10 / range;
  const DB_TO_LN = Math.LN10 / 20;
  for (let b = 0; b < beams; b++) {
    for (let i = 0; i < samples; i++) {
      const k = b * samples + i;
      const gain = Math.exp((focusGain[i]! - loss[k]!) * DB_TO_LN);
      let e = env[k]!;
      if (!contrastMode) {
        const back = amp[b * samples + Math.max(0, i - interfaceLag)]!;
        e += INTERFACE_ECHO * Math.abs(amp[k]! - back) + SPECULAR_ECHO * specular[k]!;
      }
      const noise = noiseGain[i]! * Math.abs(white[((i + o3[1]) & mask) * FIELD_SIZE + ((b + o3[0]) & mask)]!);
      const ring = contrastMode
        ? 0
        : reverb[k]! * Math.abs(white[((i + o2[1] + 97) & mask) * FIELD_SIZE + ((b + o1[0]) & mask)]!);
      const v = (e * gain + ring) * master + noise;
      grey[k] = Math.min(1, Math.max(0, 1 + Math.log(v + 1e-6) * logScale));
    }
  }

  // Scan conversion: each display pixel inside the sector from the four nearest beam samples.
  const out = new Float32Array(width * height);
  for (let r = 0; r < height; r++) {
    const dy = r + 0.5 - apexY;
    if (dy <= 0) continue;
    for (let c = 0; c < width; c++) {
      const dx = c + 0.5 - apexX;
      const radius = Math.sqrt(dx * dx + dy * dy);
      if (radius < r0Px || radius > rMaxPx) continue;
      const theta = Math.atan2(dx, dy);
      if (Math.abs(theta) > HALF_ANGLE) continue;
      const fb = (theta + HALF_ANGLE) / dTheta;
      const fi = (radius * p - PROBE_RADIUS_MM) / dr;
      const b0 = Math.min(beams - 2, Math.floor(fb)),
        i0 = Math.max(0, Math.min(samples - 2, Math.floor(fi)));
      const wb = fb - b0,
        wi = Math.min(1, Math.max(0, fi - i0));
      const k = b0 * samples + i0;
      const top = grey[k]! * (1 - wb) + grey[k + samples]! * wb;
      const bottom = grey[k + 1]! * (1 - wb) + grey[k + samples + 1]! * wb;
      out[r * width + c] = top * (1 - wi) + bottom * wi;
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
