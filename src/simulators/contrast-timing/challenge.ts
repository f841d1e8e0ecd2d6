/**
 * The contrast-timing page's guided exercise: "pick the scan delay that best shows this lesion",
 * scored against the model. The best delay is where the lesion differs most from its background
 * in the expected direction (brighter for a hypervascular lesion, darker for a hypovascular one).
 */
import {
  MODEL_HORIZON_S,
  conspicuity,
  phaseAt,
  type InjectionProtocol,
  type Phase,
  type Tissue,
} from '../../physics/contrast-timing';

export interface DelayChallenge {
  readonly id: string;
  readonly prompt: string;
  readonly lesion: Tissue;
  readonly background: Tissue;
  /** +1: the lesion should be brighter than the background; −1: darker. */
  readonly direction: 1 | -1;
  /** Why the best phase is best, in our words (review section in brackets). */
  readonly explanation: string;
}

export const DELAY_CHALLENGES: readonly DelayChallenge[] = [
  {
    id: 'insulinoma',
    prompt: 'Pick the delay that best shows a small insulinoma (a hypervascular pancreatic NET) against the pancreas.',
    lesion: 'hypervascular-net',
    background: 'pancreas',
    direction: 1,
    explanation:
      'Hypervascular NETs stand out most in the late arterial or pancreatic phase, the window the review asks for (about 30-40 s) to find small functioning tumours. By the portal-venous phase the pancreas has caught up. [Pancreatic NET]',
  },
  {
    id: 'hypovascular-liver-metastasis',
    prompt: 'Pick the delay that best shows a hypovascular liver metastasis against the liver.',
    lesion: 'hypovascular-metastasis',
    background: 'liver',
    direction: -1,
    explanation:
      'A hypovascular lesion is seen as a dark spot in bright liver, so it is clearest when the liver itself is brightest: the portal-venous phase, which the review uses to assess the hepatic parenchyma. [Pancreatic NET; The optimization of imaging techniques]',
  },
  {
    id: 'hypervascular-liver-metastasis',
    prompt: 'Pick the delay that best shows a hypervascular NET liver metastasis against the liver.',
    lesion: 'hypervascular-liver-metastasis',
    background: 'liver',
    direction: 1,
    explanation:
      'NET liver metastases are often hypervascular and easiest to see in the arterial phase, before the portal supply brightens the liver around them. [The optimization of imaging techniques]',
  },
  {
    id: 'fibrous-lesion',
    prompt: 'Pick the delay that best shows the delayed enhancement of a fibrous lesion against the liver.',
    lesion: 'fibrous-delayed',
    background: 'liver',
    direction: 1,
    explanation:
      'Fibrous tissue fills slowly through a large interstitial space, so it becomes brighter than its surroundings only in the delayed phase, which the review says completes the other phases for this reason. [Pancreatic NET]',
  },
];

// Scoring rule (a teaching choice, not a clinical value): full marks within 90 % of the best
// achievable lesion-background difference, half marks within 70 %.
const FULL_MARKS_FRACTION = 0.9;
const HALF_MARKS_FRACTION = 0.7;
const SEARCH_STEP_S = 0.5;

export interface DelayScore {
  readonly earned: 0 | 1 | 2;
  readonly total: 2;
  readonly chosenDelayS: number;
  readonly chosenPhase: Phase;
  /** Lesion minus background at the chosen delay (ΔHU). */
  readonly chosenDifferenceHu: number;
  readonly bestDelayS: number;
  readonly bestPhase: Phase;
  readonly bestDifferenceHu: number;
  /** Chosen difference as a fraction of the best, in the expected direction (can be negative). */
  readonly fractionOfBest: number;
  readonly message: string;
}

/** The delay (0-600 s, 0.5 s steps) where the lesion differs most from background in the expected direction. */
export function bestDelay(
  challenge: DelayChallenge,
  protocol: InjectionProtocol,
): { timeS: number; differenceHu: number } {
  const times = Array.from({ length: Math.floor(MODEL_HORIZON_S / SEARCH_STEP_S) + 1 }, (_, i) => i * SEARCH_STEP_S);
  const difference = conspicuity(challenge.lesion, challenge.background, protocol, times);
  let best = 0;
  difference.forEach((d, i) => {
    if (challenge.direction * d > challenge.direction * (difference[best] ?? 0)) best = i;
  });
  return { timeS: times[best] ?? 0, differenceHu: difference[best] ?? 0 };
}

/** Score a learner's chosen delay for a challenge under a protocol. */
export function scoreDelay(challenge: DelayChallenge, delayS: number, protocol: InjectionProtocol): DelayScore {
  const best = bestDelay(challenge, protocol);
  const [chosen = 0] = conspicuity(challenge.lesion, challenge.background, protocol, [delayS]);
  const fractionOfBest = best.differenceHu === 0 ? 0 : chosen / best.differenceHu;
  const earned: 0 | 1 | 2 = fractionOfBest >= FULL_MARKS_FRACTION ? 2 : fractionOfBest >= HALF_MARKS_FRACTION ? 1 : 0;
  const chosenPhase = phaseAt(delayS, protocol);
  const bestPhase = phaseAt(best.timeS, protocol);
  const verdict =
    earned === 2
      ? 'Excellent timing.'
      : earned === 1
        ? 'Close, but the lesion could stand out more.'
        : 'The lesion is hard to see at this delay.';
  const message = `${verdict} At ${delayS} s (${chosenPhase}) the lesion differs from its background by ${Math.round(chosen)} HU; the best this protocol can do is ${Math.round(best.differenceHu)} HU at ${best.timeS} s (${bestPhase}).`;
  return {
    earned,
    total: 2,
    chosenDelayS: delayS,
    chosenPhase,
    chosenDifferenceHu: chosen,
    bestDelayS: best.timeS,
    bestPhase,
    bestDifferenceHu: best.differenceHu,
    fractionOfBest,
    message,
  };
}
