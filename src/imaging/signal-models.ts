/**
 * Per-tissue signal for each acquisition, in physical units: CT in HU, MR in arbitrary signal
 * units from the relaxation equations, ADC in ×10⁻³ mm²/s, PET in SUV, ultrasound as echo
 * strength. Contrast enhancement always comes from the contrast-timing simulator (kinetics.ts).
 */
import { CT_PHASE_TIME_S, type CtPhase } from './acquisitions';
import { DEFAULT_PROTOCOL, curveSnapshot, mixedEnhancement, type InjectionProtocol } from './kinetics';
import { TISSUES, type TissueId, type TissueProperties } from './tissues';

export type SignalTable = Readonly<Record<TissueId, number>>;

export function table(f: (t: TissueProperties, id: TissueId) => number): SignalTable {
  const out = {} as Record<TissueId, number>;
  for (const id of Object.keys(TISSUES) as TissueId[]) out[id] = f(TISSUES[id], id);
  return out;
}

/** Contrast enhancement of every tissue at `timeS`, ΔHU (0 for no injection). */
export function enhancementTable(timeS: number, protocol: InjectionProtocol = DEFAULT_PROTOCOL): SignalTable {
  if (timeS <= 0) return table(() => 0);
  const snapshot = curveSnapshot(timeS, protocol);
  return table((t) => mixedEnhancement(t.kinetics, snapshot));
}

/** CT attenuation: unenhanced HU plus the enhancement at the phase's delay. */
export function ctSignal(phase: CtPhase, protocol: InjectionProtocol = DEFAULT_PROTOCOL): SignalTable {
  return ctSignalAt(CT_PHASE_TIME_S[phase], protocol);
}

/** CT attenuation of a scan `timeS` seconds after the start of injection (0 = unenhanced). */
export function ctSignalAt(timeS: number, protocol: InjectionProtocol = DEFAULT_PROTOCOL): SignalTable {
  if (!Number.isFinite(timeS) || timeS < 0)
    throw new RangeError(`timeS must be a time after injection in seconds (0 or more); got ${timeS}`);
  const enh = enhancementTable(timeS, protocol);
  return table((t, id) => t.hu + enh[id]);
}

// model assumption: fast spin echo T2, TR 4000 ms, TE 90 ms (the MR signal models are in
// signal-models-mr.ts, which the case viewer's worker loads only for MR panels).
export const FSE = { trMs: 4000, teMs: 90 };
/** Display scale: signal equations give fractions of proton density; ×1000 reads like a scanner. */
export const MR_SCALE = 1000;

export function spinEcho(t: TissueProperties, teMs: number): number {
  return t.pd * (1 - Math.exp(-FSE.trMs / t.t1Ms)) * Math.exp(-teMs / t.t2Ms);
}

/** T2 signal of free fluid (the CSF), fat-suppressed or not: the white of a T2 window. */
export function t2FluidSignal(): number {
  return spinEcho(TISSUES.csf, FSE.teMs) * MR_SCALE;
}

/** Somatostatin-receptor PET uptake (SUV). */
export function petSignal(): SignalTable {
  return table((t) => t.sstrSuv);
}

/** B-mode backscatter strength (0–1) and attenuation (dB/cm) of every tissue. */
export function ultrasoundEcho(): SignalTable {
  return table((t) => t.echogenicity);
}
export function ultrasoundAttenuation(): SignalTable {
  return table((t) => t.usAttenuationDbPerCm);
}

// model assumption: microbubble signal follows the tissue's first-pass enhancement; the CT curves
// include contrast that leaks into the interstitium, which bubbles cannot, so a CEUS image is an
// approximation that is closest during the arterial phase.
const CEUS_FULL_SCALE_HU = 160;

/** CEUS contrast-mode signal (0–1) at `timeS` after the bubble injection. */
export function ceusSignal(timeS: number, protocol: InjectionProtocol = DEFAULT_PROTOCOL): SignalTable {
  const enh = enhancementTable(timeS, protocol);
  return table((_t, id) => Math.min(1, Math.max(0, enh[id]) / CEUS_FULL_SCALE_HU));
}
