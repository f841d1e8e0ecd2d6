/**
 * The PET half of a PET/CT slice (SUV on the PET's own coarse grid, blurred and noisy, then
 * resampled to the CT's). The case viewer's worker loads this module only for PET/CT panels.
 */
import { noiseField, sampleField, sliceOffset } from './noise';
import { imagePlane } from './planes';
import { paintPlane, type SliceRequest } from './render-core';
import { gaussianBlur, resizeBilinear } from './resample';
import type { Scene } from './scene';
import { petSignal } from './signal-models';

// model assumption: PET reconstructed on 4 mm pixels with a Gaussian point-spread function of
// about 7 mm full width at half maximum.
const PET_PIXEL_MM = 4;
// model assumption: 68Ga PET resolution about 9.5 mm FWHM including positron range (sigma 4 mm),
// applied to the summed activity of all organs and lesions so uptake spills across organ edges.
const PET_PSF_SIGMA_MM = 4;
// model assumption: below SUV 4 the noise amplitude falls in proportion to the uptake.
const PET_QUIET_BELOW_SUV = 4;

export function renderPet(scene: Scene, request: SliceRequest, seed: number, sliceKey: string): Float32Array {
  const fov = request.fovMm ?? 380;
  const pw = Math.max(32, Math.round(fov / PET_PIXEL_MM));
  const ph = Math.max(32, Math.round((pw * request.height) / request.width));
  const plane = imagePlane({ ...request, width: pw, height: ph });
  const model = { signal: petSignal(), blurMm: PET_PIXEL_MM, background: 0 };
  const target = paintPlane(scene, plane, model);
  let values = gaussianBlur(target.values, pw, ph, PET_PSF_SIGMA_MM / plane.pixelMm);
  // model assumption: reconstructed PET noise is blobby (centimetre-scale, correlated by the
  // reconstruction), with an amplitude growing with the square root of the local uptake.
  const field = noiseField(seed, 'fine');
  const offset = sliceOffset(`${sliceKey}:pet`);
  for (let r = 0; r < ph; r++) {
    for (let c = 0; c < pw; c++) {
      const k = r * pw + c;
      const v = values[k]!;
      // Cold regions (fat, mesentery) carry less absolute noise after the reconstruction's
      // post-filter, so they do not break up into isolated hot specks.
      const amplitude = 0.25 * Math.sqrt(Math.max(v, 0)) * Math.min(1, v / PET_QUIET_BELOW_SUV);
      values[k] = Math.max(0, v + amplitude * sampleField(field, offset, c, r));
    }
  }
  values = gaussianBlur(values, pw, ph, 2.5 / plane.pixelMm);
  values = resizeBilinear(values, pw, ph, request.width, request.height);
  return values;
}
