/**
 * Reported diagnostic accuracy per clinical scenario and modality, exactly as the review gives it.
 *
 * Values are percentages as printed in the review. `null` means the review gives no value: the
 * page says "not reported in the review" and never fills the gap. Every entry names the review
 * section it comes from and, where one exists, the fact in src/content/facts/review.yaml that
 * states the same numbers in our own words. tests/unit/simulators/accuracy-scenarios.test.ts
 * checks every number against the review text.
 */

/** A reported percentage: a single value, a range, or both (mean with range). */
export interface ReportedPercent {
  /** The point value (a mean or a single study's figure); null if only a range is given. */
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
}

export interface ReportedAccuracy {
  readonly id: string;
  readonly modality: string;
  /** null = not reported in the review. */
  readonly sensitivity: ReportedPercent | null;
  readonly specificity: ReportedPercent | null;
  /** What the figure describes, in our words (population, comparison). */
  readonly note: string;
  readonly reviewSection: string;
  /** Id of the matching entry in src/content/facts/review.yaml, if any. */
  readonly factId: string | null;
}

export interface AccuracyScenario {
  readonly id: string;
  readonly title: string;
  /** The clinical question, in our words. */
  readonly question: string;
  readonly entries: readonly ReportedAccuracy[];
  /** What the review says without giving numbers (our words). */
  readonly qualitative: readonly string[];
}

const single = (value: number): ReportedPercent => ({ value, low: null, high: null });
const range = (low: number, high: number): ReportedPercent => ({ value: null, low, high });
const meanWithRange = (value: number, low: number, high: number): ReportedPercent => ({ value, low, high });

export const ACCURACY_SCENARIOS: readonly AccuracyScenario[] = [
  {
    id: 'suspected-insulinoma',
    title: 'Suspected insulinoma',
    question:
      'A patient with proven hypoglycaemia from excess insulin: which test finds the small tumour in the pancreas?',
    entries: [
      {
        id: 'eus-insulinoma',
        modality: 'Endoscopic ultrasound (EUS)',
        sensitivity: single(84),
        specificity: null,
        note: 'Sensitivity of EUS for insulinomas, lower than its figure for pancreatic NETs in general.',
        reviewSection: 'Pancreatic NET',
        factId: 'eus-pnet-sensitivity',
      },
      {
        id: 'dect-insulinoma',
        modality: 'Dual-energy CT (DECT)',
        sensitivity: single(95.7),
        specificity: null,
        note: 'One comparison of dual-energy CT with conventional CT for pancreatic insulinomas.',
        reviewSection: 'Pancreatic NET',
        factId: 'dect-insulinoma-sensitivity',
      },
      {
        id: 'ct-insulinoma',
        modality: 'Conventional CT',
        sensitivity: single(68.8),
        specificity: null,
        note: 'The conventional-CT arm of the same comparison with dual-energy CT.',
        reviewSection: 'Pancreatic NET',
        factId: 'dect-insulinoma-sensitivity',
      },
      {
        id: 'mri-insulinoma',
        modality: 'MRI',
        sensitivity: null,
        specificity: null,
        note: 'The review gives no insulinoma-specific MRI figure (see the pancreatic NET scenario for MRI overall).',
        reviewSection: 'Pancreatic NET',
        factId: null,
      },
    ],
    qualitative: [
      'In a small share of patients with insulinoma (fewer than 5-10 %), every conventional imaging test is negative.',
      'GLP-1 receptor scintigraphy is described as sensitive for insulinomas but is not routinely available; no figure is given.',
      'A late arterial (30 s) or pancreatic (40 s) CT phase is required to find small functioning tumours such as insulinomas.',
    ],
  },
  {
    id: 'pnet-detection',
    title: 'Pancreatic NET detection',
    question: 'Is there a neuroendocrine tumour in the pancreas, and where?',
    entries: [
      {
        id: 'eus-pnet',
        modality: 'Endoscopic ultrasound (EUS)',
        sensitivity: meanWithRange(90, 77, 100),
        specificity: null,
        note: 'Mean sensitivity of EUS for pancreatic NETs, with the range across studies.',
        reviewSection: 'Pancreatic NET',
        factId: 'eus-pnet-sensitivity',
      },
      {
        id: 'mri-pnet',
        modality: 'MRI',
        sensitivity: meanWithRange(93, 85, 100),
        specificity: meanWithRange(88, 75, 100),
        note: 'MRI for pancreatic NETs; the review says MRI is more accurate than CT.',
        reviewSection: 'Pancreatic NET',
        factId: 'mri-pnet-accuracy',
      },
      {
        id: 'mri-pnet-recent-study',
        modality: 'MRI (one recent study)',
        sensitivity: single(95),
        specificity: null,
        note: 'A single recent study in which MRI detected pancreatic NETs about as well as EUS.',
        reviewSection: 'Pancreatic NET',
        factId: 'mri-vs-eus-sensitivity',
      },
      {
        id: 'ct-pnet',
        modality: 'CT',
        sensitivity: null,
        specificity: null,
        note: 'CT is the first-line test, but the review gives no detection figure for pancreatic NETs in general.',
        reviewSection: 'Pancreatic NET',
        factId: null,
      },
      {
        id: 'dect-pnet',
        modality: 'Dual-energy CT (DECT)',
        sensitivity: null,
        specificity: null,
        note: 'Only the insulinoma comparison is reported; data for other pancreatic masses are described as limited.',
        reviewSection: 'Pancreatic NET',
        factId: null,
      },
    ],
    qualitative: [
      'EUS is the most advantageous technique for detecting pancreatic NETs and does better than CT or MRI for small and multiple tumours in MEN1 or VHL.',
      '68Ga-labelled somatostatin-analogue PET/CT is the method of choice to localise and stage non-insulinoma pancreatic NETs (no figure given).',
    ],
  },
  {
    id: 'small-bowel-primary',
    title: 'Small-bowel primary',
    question: 'A patient with suspected ileal NET: can cross-sectional imaging with bowel distension find the primary?',
    entries: [
      {
        id: 'ct-enterography',
        modality: 'CT enterography',
        sensitivity: single(100),
        specificity: single(96.2),
        note: 'Reported sensitivity and specificity for small-bowel tumour diagnosis.',
        reviewSection: 'Ileal NETs',
        factId: 'small-bowel-ct-enterography-accuracy',
      },
      {
        id: 'mr-enteroclysis',
        modality: 'MR enteroclysis',
        sensitivity: range(86, 94),
        specificity: range(95, 98),
        note: 'Reported ranges for small-bowel tumour diagnosis.',
        reviewSection: 'Ileal NETs',
        factId: 'small-bowel-mr-enteroclysis-accuracy',
      },
      {
        id: 'ct-enteroclysis',
        modality: 'CT enteroclysis',
        sensitivity: null,
        specificity: null,
        note: 'Recommended when CT fails to find the primary, but no figure is given.',
        reviewSection: 'Ileal NETs',
        factId: null,
      },
      {
        id: 'mr-enterography',
        modality: 'MR enterography',
        sensitivity: null,
        specificity: null,
        note: 'Praised for assessing the bowel and abdomen without radiation, but no figure is given.',
        reviewSection: 'Ileal NETs',
        factId: null,
      },
    ],
    qualitative: [
      'The primary is often small; secondary signs (mesenteric desmoplastic reaction, nodes with or without calcification) are easier to see.',
      '68Ga-DOTATOC PET/CT now finds the small-bowel primary more often (no figure given).',
    ],
  },
  {
    id: 'liver-metastases',
    title: 'Liver metastases',
    question: 'How many liver metastases are there, and where, before surgery or ablation?',
    entries: [
      {
        id: 'mri-liver',
        modality: 'MRI (gadoxetic acid with DWI)',
        sensitivity: null,
        specificity: null,
        note: 'Called the most accurate modality for detecting and characterising NET liver metastases; no figure is given.',
        reviewSection: 'Liver metastases',
        factId: null,
      },
      {
        id: 'ct-liver',
        modality: 'CT (arterial and portal-venous phases)',
        sensitivity: null,
        specificity: null,
        note: 'Inferior to gadoxetic-acid MRI with DWI for lesion conspicuity in one comparison; no figure is given.',
        reviewSection: 'Liver metastases',
        factId: null,
      },
      {
        id: 'pet-liver',
        modality: '68Ga-DOTATOC PET/CT',
        sensitivity: null,
        specificity: null,
        note: 'Compared with MRI and CT in the same study; no figure is given.',
        reviewSection: 'Liver metastases',
        factId: null,
      },
    ],
    qualitative: [
      'DWI is more sensitive than T2-weighted imaging, and gadoxetic-acid MRI more sensitive than conventional sequences, for liver metastases.',
      'Contrast-enhanced gadoxetic-acid MRI with DWI beat non-contrast MRI and arterial and portal-venous CT for conspicuity, and all other modalities for detection.',
    ],
  },
];

/** Look up a scenario by id; throws a RangeError naming the id if there is none. */
export function scenarioById(id: string): AccuracyScenario {
  const scenario = ACCURACY_SCENARIOS.find((s) => s.id === id);
  if (!scenario) throw new RangeError(`no accuracy scenario with id ${JSON.stringify(id)}`);
  return scenario;
}
