/**
 * MR signal of every tissue for each sequence, from the relaxation equations and the shared
 * contrast curves (gadolinium follows the CT curves). Kept apart from signal-models.ts so the
 * case viewer's worker loads it only when it draws an MR panel.
 */
import { MRI_TIME_S, type MriSequence } from './acquisitions';
import { DEFAULT_PROTOCOL, KINETICS_HORIZON_S, type InjectionProtocol } from './kinetics';
import { FSE, MR_SCALE, enhancementTable, spinEcho, table, type SignalTable } from './signal-models';
import type { TissueId, TissueProperties } from './tissues';

// model assumption: gadolinium concentration (mM) taken as the CT curve's ΔHU / 200, relaxivity
// r1 = 6 /mM/s at 1.5 T; gadoxetate inside hepatocytes reaches 0.4 mM at 20 minutes in normal liver.
const GD_MM_PER_DELTA_HU = 1 / 200;
const R1_PER_MM_S = 6;
const HEPATOCYTE_GD_MM = 0.4;
// model assumption: in the hepatobiliary phase tissue interstitium keeps 40 % of the extracellular gadolinium the
// 10-minute curve would give (renal and biliary clearance of gadoxetate).
const HBP_EXTRACELLULAR_LEFT = 0.4;
// model assumption: 3D spoiled gradient echo, TR 4 ms, flip 12°, fat suppression leaves 10% of fat.
const GRE = { trMs: 4, flipDeg: 12 };
// model assumption: fast spin echo T2 as in signal-models.ts (TR 4000 ms, TE 90 ms); DWI TE 70 ms; MRCP TE 700 ms.
const DWI = { teMs: 70, b: 800 };
const MRCP = { teMs: 700 };
const FAT_LEFT_AFTER_SUPPRESSION = 0.1;
// model assumption: diffusion-weighted EPI uses SPAIR fat suppression, which leaves 2 % of fat
// signal (fat near the noise floor at b 800); bulk motion (peristalsis, convection in the
// gallbladder, CSF pulsation) dephases large fluid spaces, leaving 30 % of their b 800 signal, so
// they read darker than liver as on clinical b 800 images.
const FAT_LEFT_DWI = 0.02;
const DWI_MOVING_FLUID_LEFT = 0.3;
const MOVING_FLUIDS: ReadonlySet<TissueId> = new Set<TissueId>([
  'enteric-water',
  'gastric-content',
  'bowel-content',
  'gallbladder-bile',
  'csf',
]);
// model assumption: by 20 minutes gadoxetate in the blood pool has fallen to 8 % of the 10-minute
// extracellular curve (blood is cleared first); tissue interstitium keeps more (HBP_EXTRACELLULAR_LEFT).
const HBP_BLOOD_LEFT = 0.05;
// model assumption: the 20-minute 3D gradient echo uses saturation bands above and below the slab,
// so inflowing blood (now almost free of contrast) keeps 55 % of its signal: vessels read darker
// than the metastases, as a dark branching tree in the bright liver.
const HBP_INFLOW_SATURATED = 0.55;
const FLOW_VOID_LEFT = 0.08;

function fatFactor(t: TissueProperties, suppressed: boolean): number {
  return suppressed ? 1 - t.fat * (1 - FAT_LEFT_AFTER_SUPPRESSION) : 1;
}

function spoiledGradientEcho(t: TissueProperties, gdMm: number): number {
  const r1 = 1000 / t.t1Ms + R1_PER_MM_S * gdMm; // per second
  const e1 = Math.exp(-(GRE.trMs / 1000) * r1);
  const a = (GRE.flipDeg * Math.PI) / 180;
  return (t.pd * Math.sin(a) * (1 - e1)) / (1 - Math.cos(a) * e1);
}

/** MR signal of every tissue for a sequence (arbitrary units; ADC map in ×10⁻³ mm²/s). */
export function mriSignal(sequence: MriSequence, protocol: InjectionProtocol = DEFAULT_PROTOCOL): SignalTable {
  switch (sequence) {
    case 't1':
    case 't1-arterial':
    case 't1-portal-venous':
    case 't1-late':
    case 't1-hepatobiliary': {
      const timeS = MRI_TIME_S[sequence] ?? 0;
      const enh = enhancementTable(Math.min(timeS, KINETICS_HORIZON_S), protocol);
      const hepatobiliary = sequence === 't1-hepatobiliary';
      // The dynamic series is fat-suppressed 3D gradient echo (as in the review's protocol advice).
      return table((t, id) => {
        // By 20 minutes most extracellular gadoxetate has left the blood (vessels turn dark);
        // fibrous stroma keeps what leaked into its large interstitium (the bright target centre).
        const extracellular = hepatobiliary
          ? 'fibrous-delayed' in t.kinetics
            ? 1
            : t.flowing
              ? HBP_BLOOD_LEFT
              : HBP_EXTRACELLULAR_LEFT
          : 1;
        const gd =
          Math.max(enh[id], 0) * GD_MM_PER_DELTA_HU * extracellular +
          (hepatobiliary ? t.hepatocyteUptake * HEPATOCYTE_GD_MM : 0);
        const inflow = hepatobiliary && t.flowing ? HBP_INFLOW_SATURATED : 1;
        return spoiledGradientEcho(t, gd) * fatFactor(t, true) * inflow * MR_SCALE * 8;
      });
    }
    case 't2':
    case 't2-fat-sat':
      return table(
        (t) =>
          spinEcho(t, FSE.teMs) * fatFactor(t, sequence === 't2-fat-sat') * (t.flowing ? FLOW_VOID_LEFT : 1) * MR_SCALE,
      );
    case 'dwi-b800':
      // Diffusion weighting: T2-weighted signal × exp(−b·ADC), fat-suppressed, black blood.
      return table(
        (t, id) =>
          spinEcho(t, DWI.teMs) *
          (1 - t.fat * (1 - FAT_LEFT_DWI)) *
          (t.flowing ? FLOW_VOID_LEFT : 1) *
          (MOVING_FLUIDS.has(id) ? DWI_MOVING_FLUID_LEFT : 1) *
          Math.exp(-DWI.b * t.adc * 1e-3) *
          MR_SCALE,
      );
    case 'adc':
      return table((t) => t.adc);
    case 'mrcp':
      // Very long echo time: only slow-moving fluid (bile, pancreatic juice, cysts) keeps signal.
      return table((t) => spinEcho(t, MRCP.teMs) * fatFactor(t, true) * (t.flowing ? FLOW_VOID_LEFT : 1) * MR_SCALE);
  }
}
