/**
 * Seeded noise of the kind each modality shows, from pure-rand's xoroshiro128+ generator:
 *
 * - white Gaussian fields (MR thermal noise, before the magnitude step that makes it Rician);
 * - fine correlated Gaussian noise (CT quantum noise after filtered back-projection has a
 *   grain a little coarser than a pixel);
 * - smooth fields (parenchymal texture, lesion heterogeneity);
 * - laterally elongated fields (ultrasound speckle is longer across the beam than along it);
 * - band-pass CT noise (filtered back-projection: low power at the lowest and highest frequencies).
 *
 * Fields are square, 512 × 512, built once per seed and kind and cached; an image reads a
 * field at an offset that depends on the slice, so neighbouring slices differ while the same
 * seed and slice always give the same pixels.
 */
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { fnv1a32 } from '../lib/hash';

export const FIELD_SIZE = 512;
const MASK = FIELD_SIZE - 1;

export type NoiseKind = 'white' | 'fine' | 'smooth' | 'speckle' | 'ct';

const cache = new Map<string, Float32Array>();
const CACHE_LIMIT = 40;

function gaussianField(seed: number): Float32Array {
  const rng = xoroshiro128plus(seed | 0);
  const n = FIELD_SIZE * FIELD_SIZE;
  const out = new Float32Array(n);
  const unit = () => ((rng.next() >>> 0) + 0.5) / 4294967296; // (0, 1)
  for (let i = 0; i < n; i += 2) {
    // Box–Muller: two independent standard normals from two uniforms.
    const r = Math.sqrt(-2 * Math.log(unit()));
    const theta = 2 * Math.PI * unit();
    out[i] = r * Math.cos(theta);
    out[i + 1] = r * Math.sin(theta);
  }
  return out;
}

/** Wrap-around box blur along rows (dx = 1) or columns (dx = FIELD_SIZE). */
function boxBlur(src: Float32Array, radius: number, horizontal: boolean): Float32Array {
  const out = new Float32Array(src.length);
  const w = 2 * radius + 1;
  for (let line = 0; line < FIELD_SIZE; line++) {
    const at = (i: number) => (horizontal ? line * FIELD_SIZE + (i & MASK) : (i & MASK) * FIELD_SIZE + line);
    let sum = 0;
    for (let i = -radius; i <= radius; i++) sum += src[at(i)]!;
    for (let i = 0; i < FIELD_SIZE; i++) {
      out[at(i)] = sum / w;
      sum += src[at(i + radius + 1)]! - src[at(i - radius)]!;
    }
  }
  return out;
}

function normalise(field: Float32Array): Float32Array {
  let s = 0,
    s2 = 0;
  for (const v of field) {
    s += v;
    s2 += v * v;
  }
  const mean = s / field.length;
  const sd = Math.sqrt(Math.max(s2 / field.length - mean * mean, 1e-12));
  for (let i = 0; i < field.length; i++) field[i] = (field[i]! - mean) / sd;
  return field;
}

/** A cached unit-variance field of the given kind for a seed. */
export function noiseField(seed: number, kind: NoiseKind): Float32Array {
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer; got ${seed}`);
  const key = `${seed}:${kind}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const salt = { white: 0x9e3779b1, fine: 0x85ebca6b, smooth: 0xc2b2ae35, speckle: 0x27d4eb2f, ct: 0x165667b1 }[kind];
  let field = gaussianField((seed ^ salt) | 0);
  if (kind === 'fine') field = boxBlur(boxBlur(field, 1, true), 1, false);
  if (kind === 'ct') {
    // Filtered back-projection noise is band-pass: little power at the lowest frequencies (the
    // ramp filter), a peak at mid frequencies, rolled off by the reconstruction kernel. Model it
    // as a slightly smoothed field minus its own broad blur (a difference of low-pass filters).
    const fine = boxBlur(boxBlur(field, 1, true), 1, false);
    const broad = boxBlur(boxBlur(fine, 2, true), 2, false);
    field = new Float32Array(fine.length);
    for (let i = 0; i < fine.length; i++) field[i] = fine[i]! - broad[i]!;
  }
  if (kind === 'smooth') for (let pass = 0; pass < 3; pass++) field = boxBlur(boxBlur(field, 5, true), 5, false);
  if (kind === 'speckle') field = boxBlur(boxBlur(field, 2, true), 1, false);
  if (kind !== 'white') field = normalise(field);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, field);
  return field;
}

/** A deterministic offset into the field for a slice (so each slice has its own noise). */
export function sliceOffset(key: string): [number, number] {
  const h = fnv1a32(key);
  return [h & MASK, (h >>> 9) & MASK];
}

/** Reads the field at image pixel (c, r) shifted by `offset`, wrapping around. */
export function sampleField(field: Float32Array, offset: readonly [number, number], c: number, r: number): number {
  return field[((r + offset[1]) & MASK) * FIELD_SIZE + ((c + offset[0]) & MASK)]!;
}
