/**
 * Resampling of rendered images: MR, diffusion and PET are acquired on coarser matrices than
 * CT, so they are rendered at their native matrix and interpolated up to the display size, the
 * way a scanner's reconstruction does. A separable Gaussian blur models a wider point-spread
 * function (PET).
 */

/** Bilinear interpolation of a width×height image to outWidth×outHeight (pixel-centre aligned). */
export function resizeBilinear(
  src: Float32Array,
  width: number,
  height: number,
  outWidth: number,
  outHeight: number,
): Float32Array {
  if (src.length !== width * height)
    throw new RangeError(`source has ${src.length} values, expected ${width}×${height}`);
  if (width === outWidth && height === outHeight) return src;
  const out = new Float32Array(outWidth * outHeight);
  const sx = width / outWidth,
    sy = height / outHeight;
  const xs0 = new Int32Array(outWidth),
    xs1 = new Int32Array(outWidth),
    fx = new Float32Array(outWidth);
  for (let c = 0; c < outWidth; c++) {
    const x = Math.min(Math.max((c + 0.5) * sx - 0.5, 0), width - 1);
    const x0 = Math.floor(x);
    xs0[c] = x0;
    xs1[c] = Math.min(x0 + 1, width - 1);
    fx[c] = x - x0;
  }
  for (let r = 0; r < outHeight; r++) {
    const y = Math.min(Math.max((r + 0.5) * sy - 0.5, 0), height - 1);
    const y0 = Math.floor(y),
      y1 = Math.min(y0 + 1, height - 1),
      fy = y - y0;
    const row0 = y0 * width,
      row1 = y1 * width;
    let k = r * outWidth;
    for (let c = 0; c < outWidth; c++, k++) {
      const a = src[row0 + xs0[c]!]!,
        b = src[row0 + xs1[c]!]!,
        d = src[row1 + xs0[c]!]!,
        e = src[row1 + xs1[c]!]!;
      const f = fx[c]!;
      const top = a + (b - a) * f,
        bottom = d + (e - d) * f;
      out[k] = top + (bottom - top) * fy;
    }
  }
  return out;
}

/** Separable Gaussian blur with standard deviation `sigmaPx` pixels (edges clamp). */
export function gaussianBlur(src: Float32Array, width: number, height: number, sigmaPx: number): Float32Array {
  if (!(sigmaPx > 0)) return src;
  const radius = Math.ceil(sigmaPx * 3);
  const kernel = new Float32Array(2 * radius + 1);
  let sum = 0;
  for (let i = -radius; i <= radius; i++) {
    const w = Math.exp(-(i * i) / (2 * sigmaPx * sigmaPx));
    kernel[i + radius] = w;
    sum += w;
  }
  for (let i = 0; i < kernel.length; i++) kernel[i]! /= sum;
  const tmp = new Float32Array(src.length);
  const out = new Float32Array(src.length);
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      let acc = 0;
      for (let i = -radius; i <= radius; i++)
        acc += kernel[i + radius]! * src[r * width + Math.min(Math.max(c + i, 0), width - 1)]!;
      tmp[r * width + c] = acc;
    }
  }
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      let acc = 0;
      for (let i = -radius; i <= radius; i++)
        acc += kernel[i + radius]! * tmp[Math.min(Math.max(r + i, 0), height - 1) * width + c]!;
      out[r * width + c] = acc;
    }
  }
  return out;
}
