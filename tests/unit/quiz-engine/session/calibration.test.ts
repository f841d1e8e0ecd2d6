import { describe, expect, it } from 'vitest';
import { calibration } from '../../../../src/quiz-engine/session/calibration';

describe('calibration: how often each level of confidence was right', () => {
  it('4 sure answers with 3 right is 75 %; 2 guesses with 1 right is 50 %; levels never used are left out', () => {
    const answers = [
      { confidence: 'sure', correct: true },
      { confidence: 'sure', correct: true },
      { confidence: 'guess', correct: false },
      { confidence: 'sure', correct: false },
      { confidence: 'sure', correct: true },
      { confidence: 'guess', correct: true },
    ] as const;
    expect(calibration(answers)).toEqual([
      { confidence: 'sure', answers: 4, right: 3, percent: 75 },
      { confidence: 'guess', answers: 2, right: 1, percent: 50 },
    ]);
  });
  it('answers given without a confidence do not count', () => {
    expect(calibration([{ correct: true }, { confidence: undefined, correct: false }])).toEqual([]);
  });
  it('rows run from most to least sure, with 1 of 3 rounded to 33 %', () => {
    const rows = calibration([
      { confidence: 'guess', correct: true },
      { confidence: 'unsure', correct: true },
      { confidence: 'unsure', correct: false },
      { confidence: 'unsure', correct: false },
      { confidence: 'sure', correct: true },
    ]);
    expect(rows.map((r) => r.confidence)).toEqual(['sure', 'unsure', 'guess']);
    expect(rows[1]).toEqual({ confidence: 'unsure', answers: 3, right: 1, percent: 33 });
  });
});
