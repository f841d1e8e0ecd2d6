/**
 * What was acquired: modality, contrast phase or MR sequence. These names appear in case files
 * and captions, so they follow radiological usage.
 *
 * Phase timings (seconds after the start of injection): late arterial 30 s and pancreatic 40 s
 * are the review's own values (Pancreatic NET section). model assumption: portal venous 70 s,
 * CT delayed 180 s, MR late phase 300 s (the review asks for a delayed phase beyond 5 minutes),
 * hepatobiliary phase 20 minutes after gadoxetate.
 */
/** model assumption: depth shown below the probe face on ultrasound and CEUS images, mm (deep enough
 * for a transverse upper-abdominal scan to reach the aorta and the front of the vertebral body). */
export const ULTRASOUND_DEPTH_MM = 185;

export const CT_PHASES = ['unenhanced', 'late-arterial', 'pancreatic', 'portal-venous', 'delayed'] as const;
export type CtPhase = (typeof CT_PHASES)[number];

export const MRI_SEQUENCES = [
  't1',
  't1-arterial',
  't1-portal-venous',
  't1-late',
  't1-hepatobiliary',
  't2',
  't2-fat-sat',
  'dwi-b800',
  'adc',
  'mrcp',
] as const;
export type MriSequence = (typeof MRI_SEQUENCES)[number];

export type Acquisition =
  | { readonly modality: 'ct'; readonly phase: CtPhase }
  | { readonly modality: 'mri'; readonly sequence: MriSequence }
  | { readonly modality: 'pet-ct' }
  | { readonly modality: 'us' }
  | { readonly modality: 'ceus'; readonly timeS: number };

export const CT_PHASE_TIME_S: Record<CtPhase, number> = {
  unenhanced: 0,
  'late-arterial': 30,
  pancreatic: 40,
  'portal-venous': 70,
  delayed: 180,
};

/** Seconds after injection of each dynamic MR acquisition (gadolinium follows the same curves). */
export const MRI_TIME_S: Partial<Record<MriSequence, number>> = {
  't1-arterial': 30,
  't1-portal-venous': 70,
  't1-late': 300,
  't1-hepatobiliary': 1200,
};

/** Unit of the numbers a rendering holds for each acquisition. */
export function unitOf(acquisition: Acquisition): string {
  switch (acquisition.modality) {
    case 'ct':
      return 'HU';
    case 'pet-ct':
      return 'HU (CT) and SUV (PET)';
    case 'mri':
      return acquisition.sequence === 'adc' ? '×10⁻³ mm²/s' : 'MR signal (a.u.)';
    case 'us':
    case 'ceus':
      return 'echo level (0–1, log-compressed)';
  }
}

/** A short caption-style name, e.g. "CT, late arterial phase". */
export function describeAcquisition(a: Acquisition): string {
  switch (a.modality) {
    case 'ct':
      return `CT, ${a.phase.replace('-', ' ')}${a.phase === 'unenhanced' ? '' : ' phase'}`;
    case 'pet-ct':
      return 'SSTR PET fused on CT';
    case 'us':
      return 'ultrasound (B-mode)';
    case 'ceus':
      return `contrast-enhanced ultrasound, ${a.timeS} s`;
    case 'mri': {
      const names: Record<MriSequence, string> = {
        t1: 'MRI T1-weighted, unenhanced',
        't1-arterial': 'MRI T1-weighted, arterial phase',
        't1-portal-venous': 'MRI T1-weighted, portal venous phase',
        't1-late': 'MRI T1-weighted, late phase',
        't1-hepatobiliary': 'MRI T1-weighted, hepatobiliary phase (gadoxetate)',
        t2: 'MRI T2-weighted',
        't2-fat-sat': 'MRI T2-weighted with fat suppression',
        'dwi-b800': 'MRI diffusion-weighted, b = 800 s/mm²',
        adc: 'MRI ADC map',
        mrcp: 'MR cholangiopancreatography (thick slab)',
      };
      return names[a.sequence];
    }
  }
}
