/**
 * Guided exercise for the diagnostic-accuracy page: single-best-answer questions worked from the
 * review's reported figures. The arithmetic in each explanation is checked against the engine in
 * tests/unit/simulators/accuracy-exercises.test.ts.
 */

export interface ExerciseOption {
  readonly id: string;
  readonly text: string;
  readonly why: string;
}

export interface AccuracyExercise {
  readonly id: string;
  readonly stem: string;
  readonly options: readonly ExerciseOption[];
  readonly answer: string;
  readonly explanation: string;
  /** Scenario and modality to load into the simulator to explore the question. */
  readonly scenarioId: string;
  readonly entryId: string;
}

export const ACCURACY_EXERCISES: readonly AccuracyExercise[] = [
  {
    id: 'mri-pnet-false-positives',
    stem: 'MRI for a pancreatic NET has a reported sensitivity of 93 % and specificity of 88 %. In 1000 patients with a 10 % pre-test probability, how many of the positive MRIs are false positives?',
    options: [
      {
        id: 'a',
        text: '108 of 201 positives',
        why: 'Right: 12 % of the 900 patients without a tumour test positive (108), against 93 true positives.',
      },
      {
        id: 'b',
        text: '12 of 105 positives',
        why: '12 % is the false-positive rate, not a count: it applies to the 900 healthy patients, not to 100.',
      },
      {
        id: 'c',
        text: '7 of 100 positives',
        why: 'Seven is the number of tumours MRI misses (false negatives), which are negative results.',
      },
      { id: 'd', text: '93 of 201 positives', why: '93 is the number of true positives.' },
    ],
    answer: 'a',
    explanation:
      'With a 10 % pre-test probability, 100 of 1000 have a tumour (93 detected) and 900 do not (108 false alarms). More than half of the positives are false: PPV is 93/201, about 46 %. A low pre-test probability drags the PPV down even for an accurate test.',
    scenarioId: 'pnet-detection',
    entryId: 'mri-pnet',
  },
  {
    id: 'ct-enterography-lr',
    stem: 'CT enterography for a small-bowel NET has a reported sensitivity of 100 % and specificity of 96.2 %. What is its positive likelihood ratio?',
    options: [
      { id: 'a', text: 'About 26', why: 'Right: LR+ = sensitivity / (1 − specificity) = 1 / 0.038 ≈ 26.3.' },
      {
        id: 'b',
        text: 'About 0.04',
        why: '0.038 is 1 − specificity, the false-positive rate, not the likelihood ratio.',
      },
      { id: 'c', text: '96.2', why: 'That is the specificity expressed as a percentage.' },
      {
        id: 'd',
        text: 'Infinite',
        why: 'LR+ is infinite only when specificity is 100 %. Here it is the LR− that is 0, because sensitivity is 100 %.',
      },
    ],
    answer: 'a',
    explanation:
      'A positive CT enterography multiplies the pre-test odds by about 26, a strong rule-in. With 100 % sensitivity the negative likelihood ratio is 0: in these reports a negative study ruled the tumour out.',
    scenarioId: 'small-bowel-primary',
    entryId: 'ct-enterography',
  },
  {
    id: 'eus-insulinoma-missing-specificity',
    stem: 'The review gives EUS a sensitivity of 84 % for insulinomas and no specificity. Which of these can you work out from that alone?',
    options: [
      {
        id: 'a',
        text: 'How many of 100 insulinomas EUS would miss',
        why: 'Right: 100 − 84 = 16 would be missed (false negatives). That needs only the sensitivity.',
      },
      {
        id: 'b',
        text: 'The positive predictive value',
        why: 'PPV needs the false positives, which need the specificity.',
      },
      {
        id: 'c',
        text: 'The positive likelihood ratio',
        why: 'LR+ = sensitivity / (1 − specificity): without specificity it cannot be computed.',
      },
      {
        id: 'd',
        text: 'The post-test probability after a negative EUS',
        why: 'That needs the true negatives, which need the specificity.',
      },
    ],
    answer: 'a',
    explanation:
      'Sensitivity speaks only about patients who have the disease. Anything about positive or negative results in a mixed group needs the specificity too, which is why the simulator shows "not reported in the review" instead of guessing one.',
    scenarioId: 'suspected-insulinoma',
    entryId: 'eus-insulinoma',
  },
  {
    id: 'mri-eus-series',
    stem: 'For a pancreatic NET, MRI (sensitivity 93 %) is followed by EUS (mean sensitivity 90 %), and the tumour is called present only if both are positive. Assuming the two tests err independently, what is the combined sensitivity?',
    options: [
      { id: 'a', text: 'About 84 %', why: 'Right: in series both must be positive, so 0.93 × 0.90 = 0.837.' },
      {
        id: 'b',
        text: 'About 99 %',
        why: 'That is the parallel rule (positive if either is positive): 1 − 0.07 × 0.10 = 0.993.',
      },
      { id: 'c', text: '93 %', why: 'Requiring a second positive test can only lower sensitivity.' },
      {
        id: 'd',
        text: '90 %',
        why: 'Requiring a second positive test can only lower sensitivity, below either test alone.',
      },
    ],
    answer: 'a',
    explanation:
      'Serial testing trades sensitivity for specificity; parallel testing does the opposite. Real tests are often not independent (a tiny tumour is hard for both), so the true combined sensitivity may differ.',
    scenarioId: 'pnet-detection',
    entryId: 'eus-pnet',
  },
];
