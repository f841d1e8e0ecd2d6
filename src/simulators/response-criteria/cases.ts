/**
 * The response-criteria page's case library: simulated patients drawn from the patterns the
 * review describes for treated GEP-NETs (review, "Treatment and follow-up"): stable disease on a
 * somatostatin analogue; falling attenuation with stable or mildly smaller size on a targeted
 * agent; falling density while size grows; intratumoral haemorrhage raising density; a new
 * lesion; and a nodal response. Two more teach the nadir rule and target selection.
 *
 * Every measurement here is simulated (invented for teaching, not a patient's), and is labelled
 * so on the page. The learner chooses targets among the candidates; `studyFromSelection` turns a
 * choice into the study `assessResponse` reads.
 */
import type { ResponseCategory, Study } from './engine';
import type { FollowUpAssessment } from './engine';

export interface CandidateMeasurement {
  readonly diameterMm: number;
  readonly attenuationHu?: number;
  readonly viableDiameterMm?: number;
}

export interface CandidateLesion {
  readonly id: string;
  /** Where it is, in words a learner reads ("liver segment VII"). */
  readonly site: string;
  readonly organ: string;
  readonly nodal: boolean;
  readonly baseline: CandidateMeasurement;
  /** One entry per follow-up, in order. */
  readonly followUps: readonly CandidateMeasurement[];
}

export interface ResponseCase {
  readonly id: string;
  readonly title: string;
  /** The clinical story, in our words. */
  readonly story: string;
  /** The review passage the pattern comes from. */
  readonly reviewPattern: string;
  readonly candidates: readonly CandidateLesion[];
  readonly baselineNonTarget: 'absent' | 'present';
  readonly followUps: readonly {
    readonly label: string;
    readonly nonTarget: 'absent' | 'present' | 'progression';
    readonly newLesions: boolean;
  }[];
  /** A valid target selection a teacher would make. */
  readonly suggestedTargets: readonly string[];
  /** Why the three criteria agree or disagree for the suggested targets (last follow-up). */
  readonly teachingPoint: string;
}

const m = (diameterMm: number, attenuationHu?: number, viableDiameterMm?: number): CandidateMeasurement => ({
  diameterMm,
  ...(attenuationHu === undefined ? {} : { attenuationHu }),
  ...(viableDiameterMm === undefined ? {} : { viableDiameterMm }),
});

const TREATMENT_SECTION = 'Treatment and follow-up';

export const RESPONSE_CASES: readonly ResponseCase[] = [
  {
    id: 'somatostatin-analogue-stable',
    title: 'Somatostatin analogue: nothing changes',
    story:
      'A patient with a well-differentiated pancreatic NET and liver metastases starts a somatostatin analogue. Six months later the lesions look the same. A small liver lesion is too small to be a target.',
    reviewPattern: `${TREATMENT_SECTION}: on somatostatin analogues the expected pattern is stable disease with no change in size.`,
    candidates: [
      {
        id: 'L1',
        site: 'Liver segment VII',
        organ: 'liver',
        nodal: false,
        baseline: m(32, 95, 32),
        followUps: [m(33, 93, 33)],
      },
      {
        id: 'L2',
        site: 'Liver segment III',
        organ: 'liver',
        nodal: false,
        baseline: m(21, 90, 21),
        followUps: [m(21, 91, 21)],
      },
      {
        id: 'L3',
        site: 'Liver segment VI (small)',
        organ: 'liver',
        nodal: false,
        baseline: m(8, 88, 8),
        followUps: [m(8, 88, 8)],
      },
      {
        id: 'P1',
        site: 'Pancreatic body (primary)',
        organ: 'pancreas',
        nodal: false,
        baseline: m(28, 110, 28),
        followUps: [m(27, 108, 27)],
      },
    ],
    baselineNonTarget: 'present',
    followUps: [{ label: 'Month 6', nonTarget: 'present', newLesions: false }],
    suggestedTargets: ['L1', 'L2', 'P1'],
    teachingPoint:
      'All three criteria say SD. For a NET on a somatostatin analogue this is the expected response, not a failure: the review warns that size criteria see little change with these drugs.',
  },
  {
    id: 'targeted-agent-density-drop',
    title: 'Targeted agent: darker, barely smaller',
    story:
      'A patient with a progressive pancreatic NET starts sunitinib. At three months the primary and two liver metastases are slightly smaller, but much darker on portal-venous CT and with less arterial enhancement.',
    reviewPattern: `${TREATMENT_SECTION}: the typical response to targeted agents (sunitinib, everolimus) is lower attenuation and enhancement with stable or mildly smaller size.`,
    candidates: [
      {
        id: 'L1',
        site: 'Liver segment VIII',
        organ: 'liver',
        nodal: false,
        baseline: m(40, 100, 40),
        followUps: [m(37, 70, 22)],
      },
      {
        id: 'L2',
        site: 'Liver segment IVa',
        organ: 'liver',
        nodal: false,
        baseline: m(30, 96, 30),
        followUps: [m(28, 66, 15)],
      },
      {
        id: 'P1',
        site: 'Pancreatic tail (primary)',
        organ: 'pancreas',
        nodal: false,
        baseline: m(35, 104, 35),
        followUps: [m(34, 80, 24)],
      },
    ],
    baselineNonTarget: 'absent',
    followUps: [{ label: 'Month 3', nonTarget: 'absent', newLesions: false }],
    suggestedTargets: ['L1', 'L2', 'P1'],
    teachingPoint:
      'RECIST 1.1 sees a 5.71 % smaller sum (SD). Choi sees mean attenuation fall 28 % (PR), and mRECIST sees the enhancing part shrink 41.9 % (PR). The criteria that look at density or enhancement capture the response.',
  },
  {
    id: 'density-down-size-up',
    title: 'Darker but bigger',
    story:
      'On a targeted agent two liver metastases grow, but their centres turn dark and stop enhancing. Read by size alone this looks like progression.',
    reviewPattern: `${TREATMENT_SECTION}: tumours can lose density, suggesting response, while growing, which size criteria can misread as progression.`,
    candidates: [
      {
        id: 'L1',
        site: 'Liver segment VI',
        organ: 'liver',
        nodal: false,
        baseline: m(50, 90, 50),
        followUps: [m(62, 55, 30)],
      },
      {
        id: 'L2',
        site: 'Liver segment II',
        organ: 'liver',
        nodal: false,
        baseline: m(30, 85, 30),
        followUps: [m(34, 60, 18)],
      },
    ],
    baselineNonTarget: 'absent',
    followUps: [{ label: 'Month 3', nonTarget: 'absent', newLesions: false }],
    suggestedTargets: ['L1', 'L2'],
    teachingPoint:
      'RECIST 1.1 calls it PD (sum +20 %, +16 mm). Choi calls it PR, because mean attenuation fell 34.28 %, which overrides the size increase. mRECIST calls it PR (viable sum −40 %). Here size alone would stop an effective drug.',
  },
  {
    id: 'haemorrhage-density-up',
    title: 'Bleeding into a metastasis',
    story:
      'On a targeted agent a liver metastasis becomes larger and denser. The unenhanced series (not shown in numbers here) would show fresh blood in it; the enhancing tumour has not grown.',
    reviewPattern: `${TREATMENT_SECTION}: targeted therapy can cause intratumoral haemorrhage, raising density with a variable size change, which can be mistaken for progression even with Choi or mRECIST.`,
    candidates: [
      {
        id: 'L1',
        site: 'Liver segment V',
        organ: 'liver',
        nodal: false,
        baseline: m(45, 80, 45),
        followUps: [m(51, 98, 45)],
      },
      {
        id: 'L2',
        site: 'Liver segment VII',
        organ: 'liver',
        nodal: false,
        baseline: m(25, 78, 25),
        followUps: [m(26, 80, 25)],
      },
    ],
    baselineNonTarget: 'absent',
    followUps: [{ label: 'Month 2', nonTarget: 'absent', newLesions: false }],
    suggestedTargets: ['L1', 'L2'],
    teachingPoint:
      'Choi calls it PD: size is 10 % above the nadir and density rose instead of falling. RECIST 1.1 says SD (+10 %, under 20 %), and mRECIST says SD because the enhancing tumour is unchanged. Blood, not tumour, raised the density: check the unenhanced images before calling progression.',
  },
  {
    id: 'new-lesion',
    title: 'Stable targets, new lesion',
    story:
      'An ileal NET with a liver metastasis and a mesenteric node. At follow-up both targets are a little smaller, but a new 12 mm liver lesion has appeared.',
    reviewPattern: `${TREATMENT_SECTION}: during follow-up, CT is the standard method to detect recurrent disease and to monitor systemic therapy.`,
    candidates: [
      {
        id: 'L1',
        site: 'Liver segment VIII',
        organ: 'liver',
        nodal: false,
        baseline: m(36, 92, 36),
        followUps: [m(34, 88, 34)],
      },
      {
        id: 'N1',
        site: 'Mesenteric node (short axis)',
        organ: 'mesentery',
        nodal: true,
        baseline: m(18, 70, 18),
        followUps: [m(17, 70, 17)],
      },
      {
        id: 'N2',
        site: 'Mesenteric node, 12 mm short axis',
        organ: 'mesentery',
        nodal: true,
        baseline: m(12, 65, 12),
        followUps: [m(12, 65, 12)],
      },
    ],
    baselineNonTarget: 'present',
    followUps: [{ label: 'Month 6', nonTarget: 'present', newLesions: true }],
    suggestedTargets: ['L1', 'N1'],
    teachingPoint:
      'The targets alone are SD under all three criteria, but the new liver lesion makes every overall verdict PD. The 12 mm node is pathological but too small to be a target (nodal targets need 15 mm short axis): follow it as non-target disease.',
  },
  {
    id: 'nodal-response',
    title: 'Node shrinks below 10 mm',
    story:
      'After treatment the liver metastasis has gone and the target node has shrunk from 19 to 9 mm short axis, though it still enhances in the arterial phase.',
    reviewPattern: `${TREATMENT_SECTION}: RECIST 1.1 monitors therapy by measuring a set of chosen target lesions, at most two per organ and five in total.`,
    candidates: [
      {
        id: 'L1',
        site: 'Liver segment IVb',
        organ: 'liver',
        nodal: false,
        baseline: m(22, 90, 22),
        followUps: [m(0, undefined, 0)],
      },
      {
        id: 'N1',
        site: 'Peripancreatic node (short axis)',
        organ: 'peripancreatic',
        nodal: true,
        baseline: m(19, 75, 19),
        followUps: [m(9, 60, 9)],
      },
    ],
    baselineNonTarget: 'absent',
    followUps: [{ label: 'Month 6', nonTarget: 'absent', newLesions: false }],
    suggestedTargets: ['L1', 'N1'],
    teachingPoint:
      'RECIST 1.1 and Choi call it CR even though the sum is 9 mm, because a node under 10 mm short axis counts as normal. mRECIST calls it PR (viable sum 41 → 9 mm, −78.04 %) because the node still enhances arterially.',
  },
  {
    id: 'nadir-not-baseline',
    title: 'Regrowth after a good response',
    story:
      'A liver metastasis and the pancreatic primary shrink well at month 3, then grow again by month 6, though they are still smaller than at baseline.',
    reviewPattern: `${TREATMENT_SECTION}: imaging is repeated every 3 months in patients on chemotherapy or biological therapy.`,
    candidates: [
      {
        id: 'L1',
        site: 'Liver segment VII',
        organ: 'liver',
        nodal: false,
        baseline: m(60, 85, 60),
        followUps: [m(36, 80, 36), m(44, 84, 44)],
      },
      {
        id: 'P1',
        site: 'Pancreatic head (primary)',
        organ: 'pancreas',
        nodal: false,
        baseline: m(40, 100, 40),
        followUps: [m(24, 95, 24), m(29, 98, 29)],
      },
    ],
    baselineNonTarget: 'absent',
    followUps: [
      { label: 'Month 3', nonTarget: 'absent', newLesions: false },
      { label: 'Month 6', nonTarget: 'absent', newLesions: false },
    ],
    suggestedTargets: ['L1', 'P1'],
    teachingPoint:
      'At month 6 the sum (73 mm) is still 27 % below baseline (100 mm) but 21.66 % and 13 mm above the nadir (60 mm): PD under all three criteria. Progression is measured from the nadir, not from baseline.',
  },
  {
    id: 'target-selection',
    title: 'Choosing targets by the rules',
    story:
      'Many liver metastases, two enlarged nodes and a pancreatic primary. Practise choosing targets: at most five, at most two per organ, all nodes together counting as one organ, non-nodal targets at least 10 mm and nodal targets at least 15 mm short axis.',
    reviewPattern: `${TREATMENT_SECTION}: RECIST 1.1 measures at most two lesions per organ and five in total.`,
    candidates: [
      {
        id: 'L1',
        site: 'Liver segment VIII',
        organ: 'liver',
        nodal: false,
        baseline: m(42, 95, 42),
        followUps: [m(40, 90, 40)],
      },
      {
        id: 'L2',
        site: 'Liver segment II',
        organ: 'liver',
        nodal: false,
        baseline: m(27, 92, 27),
        followUps: [m(26, 90, 26)],
      },
      {
        id: 'L3',
        site: 'Liver segment VI',
        organ: 'liver',
        nodal: false,
        baseline: m(19, 90, 19),
        followUps: [m(19, 88, 19)],
      },
      {
        id: 'L4',
        site: 'Liver segment V (small)',
        organ: 'liver',
        nodal: false,
        baseline: m(9, 85, 9),
        followUps: [m(9, 85, 9)],
      },
      {
        id: 'N1',
        site: 'Para-aortic node (short axis)',
        organ: 'retroperitoneum',
        nodal: true,
        baseline: m(17, 70, 17),
        followUps: [m(16, 68, 16)],
      },
      {
        id: 'N2',
        site: 'Mesenteric node (short axis)',
        organ: 'mesentery',
        nodal: true,
        baseline: m(13, 68, 13),
        followUps: [m(13, 68, 13)],
      },
      {
        id: 'P1',
        site: 'Pancreatic body (primary)',
        organ: 'pancreas',
        nodal: false,
        baseline: m(31, 108, 31),
        followUps: [m(30, 105, 30)],
      },
    ],
    baselineNonTarget: 'present',
    followUps: [{ label: 'Month 6', nonTarget: 'present', newLesions: false }],
    suggestedTargets: ['L1', 'L2', 'N1', 'P1'],
    teachingPoint:
      'A valid choice takes the two largest reproducible liver lesions, the 17 mm node and the primary. L3 would be a third liver target, L4 is under 10 mm and N2 is under 15 mm short axis: all three are followed as non-target disease. The verdict is SD under all three criteria.',
  },
];

/** Build the study assessResponse reads from a case and the ids the learner chose as targets. */
export function studyFromSelection(responseCase: ResponseCase, targetIds: readonly string[]): Study {
  const chosen = targetIds
    .map((id) => responseCase.candidates.find((c) => c.id === id))
    .filter((c): c is CandidateLesion => c !== undefined);
  return {
    baseline: {
      targets: chosen.map((c) => ({ id: c.id, organ: c.organ, nodal: c.nodal, ...c.baseline })),
      nonTarget: responseCase.baselineNonTarget,
    },
    followUps: responseCase.followUps.map((f, k) => ({
      label: f.label,
      nonTarget: f.nonTarget,
      newLesions: f.newLesions,
      targets: chosen.map((c) => ({ id: c.id, ...(c.followUps[k] ?? { diameterMm: Number.NaN }) })),
    })),
  };
}

export type Criterion = 'recist' | 'choi' | 'mrecist';
export const CRITERIA: readonly Criterion[] = ['recist', 'choi', 'mrecist'];

export interface PredictionScore {
  readonly earned: number;
  readonly total: 3;
  readonly correct: Readonly<Record<Criterion, boolean>>;
}

/** Score a learner's predicted overall categories against the assessment, one point per criterion. */
export function scorePrediction(
  predicted: Partial<Record<Criterion, ResponseCategory>>,
  actual: FollowUpAssessment,
): PredictionScore {
  const correct = {
    recist: predicted.recist === actual.recist.category,
    choi: predicted.choi === actual.choi.category,
    mrecist: predicted.mrecist === actual.mrecist.category,
  };
  return { earned: CRITERIA.filter((c) => correct[c]).length, total: 3, correct };
}
