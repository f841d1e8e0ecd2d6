/**
 * From physical values to pixels: window/level for grey-scale images, a colour map for PET, and
 * fusion of PET over CT. Kept apart from rendering so that changing the window never re-renders.
 */
import { t2FluidSignal } from './signal-models';
import type { Acquisition } from './acquisitions';
import { CT_WINDOW_PRESETS, type CtWindowPreset, type DisplayWindow } from './display-pixels';

export * from './display-pixels';

/** A sensible starting window for an acquisition (MR windows from its typical signal range). */
export function defaultWindow(acquisition: Acquisition): DisplayWindow {
  switch (acquisition.modality) {
    case 'ct':
    case 'pet-ct':
      return CT_WINDOW_PRESETS.abdomen;
    case 'us':
    case 'ceus':
      return { width: 1, level: 0.5 };
    case 'mri':
      switch (acquisition.sequence) {
        case 'adc':
          // 0–2.4 ×10⁻³ mm²/s: restricted tissue (about 0.7) dark grey, liver mid-grey, free fluid white.
          return { width: 2.4, level: 1.2 };
        case 'dwi-b800':
          return { width: 260, level: 120 };
        case 'mrcp':
          return { width: 700, level: 330 };
        case 't2':
        case 't2-fat-sat':
          return { width: 600, level: 280 };
        default:
          return { width: 1100, level: 520 };
      }
  }
}

/**
 * A window from the image itself, as MR consoles do: black at zero signal, white at a high
 * percentile of the pixels above the background, so arbitrary MR units still display well.
 */
export function autoWindow(values: Float32Array, upperPercentile = 0.985, backgroundBelow = 1e-3): DisplayWindow {
  const sample: number[] = [];
  const stride = Math.max(1, Math.floor(values.length / 20000));
  for (let i = 0; i < values.length; i += stride) if (values[i]! > backgroundBelow) sample.push(values[i]!);
  if (sample.length < 10) return { width: 1, level: 0.5 };
  sample.sort((a, b) => a - b);
  const high = sample[Math.min(sample.length - 1, Math.floor(sample.length * upperPercentile))]!;
  const width = Math.max(high, 1e-6);
  return { width, level: width / 2 };
}

/** The starting window for a rendered image: presets for CT, ADC and ultrasound, auto for MR signal. */
export function startingWindow(acquisition: Acquisition, values: Float32Array, preset?: CtWindowPreset): DisplayWindow {
  if (preset && (acquisition.modality === 'ct' || acquisition.modality === 'pet-ct')) return CT_WINDOW_PRESETS[preset];
  if (acquisition.modality === 'mri' && (acquisition.sequence === 't2' || acquisition.sequence === 't2-fat-sat')) {
    // T2: white is free fluid (the CSF in the spinal canal is in every abdominal slice), so solid
    // lesions read as moderately bright, not as bright as cysts.
    // With fat suppressed nothing but fluid is bright, so the fat-sat image is shown with white at
    // 75 % of fluid (fluid saturates, as on a scanner): liver, pancreas and spleen stay in the grey
    // range instead of crowding near black.
    const auto = autoWindow(values, 0.985);
    const csf = t2FluidSignal();
    const width = acquisition.sequence === 't2-fat-sat' ? csf * 0.75 : Math.max(auto.width, csf * 0.95);
    return { width, level: width / 2 };
  }
  if (acquisition.modality === 'mri' && acquisition.sequence === 'dwi-b800') {
    // b 800: white just above the brightest lesions (the top 0.05 % of pixels), so restricting
    // lesions keep their internal pattern instead of clipping.
    const auto = autoWindow(values, 0.9995);
    const width = auto.width * 1.1;
    return { width, level: width / 2 };
  }
  if (acquisition.modality === 'mri' && acquisition.sequence === 't1-arterial') {
    // Arterial phase: white just below the aorta (80 % of the top 0.1 % of pixels), so hypervascular
    // lesions stay below aortic signal and keep their texture, and the liver reads as only mildly enhanced.
    const width = autoWindow(values, 0.999).width * 0.8;
    return { width, level: width / 2 };
  }
  if (
    acquisition.modality === 'mri' &&
    (acquisition.sequence === 't1-portal-venous' || acquisition.sequence === 't1-late')
  ) {
    // Portal and late phases: white at the enhanced portal and hepatic veins (top 0.5 %), so the
    // liver and spleen read as similar light greys instead of saturating, and a slowly enhancing
    // lesion stays between liver and vessels.
    return autoWindow(values, 0.995);
  }
  if (acquisition.modality === 'mri' && acquisition.sequence !== 'adc') {
    // Hepatobiliary phase: white above the liver (which fills the top percentiles), so excreted
    // bile in the ducts reads brighter than the liver round it.
    const width = autoWindow(values, 0.985).width * (acquisition.sequence === 't1-hepatobiliary' ? 1.3 : 1);
    return { width, level: width / 2 };
  }
  return defaultWindow(acquisition);
}
