import { describe, expect, it } from 'vitest';
import { currentStep, scoreCase, visibleSteps } from '../../../../src/quiz-engine/items/case/score';
import { validateCase, validateCaseStep } from '../../../../src/quiz-engine/items/case/validate';
import { fixture } from '../fixtures/items';

// Steps: phase (key a) → arterial-follow-up (numeric −25 %, only if phase = a)
//        → other-follow-up (only if phase = b or c) → summary (key a).
const item = fixture('ca-liver-lesion', 'case');
const ids = (steps: { id: string }[]) => steps.map((s) => s.id);

describe('case branching', () => {
  it('before any answer only the first unconditional steps are shown', () => {
    expect(ids(visibleSteps(item, { steps: {} }))).toEqual(['phase', 'summary']);
    expect(currentStep(item, { steps: {} })?.id).toBe('phase');
  });
  it('choosing the arterial phase opens the measurement step', () => {
    expect(ids(visibleSteps(item, { steps: { phase: 'a' } }))).toEqual(['phase', 'arterial-follow-up', 'summary']);
    expect(currentStep(item, { steps: { phase: 'a' } })?.id).toBe('arterial-follow-up');
  });
  it('choosing another phase opens the remedial step instead', () => {
    expect(ids(visibleSteps(item, { steps: { phase: 'c' } }))).toEqual(['phase', 'other-follow-up', 'summary']);
  });
  it('a complete case has no current step', () => {
    expect(currentStep(item, { steps: { phase: 'a', 'arterial-follow-up': '-25', summary: 'a' } })).toBeUndefined();
  });
});

describe('case scoring (one mark per step shown)', () => {
  it('all three steps of the arterial branch right: 3 of 3', () => {
    expect(scoreCase(item, { steps: { phase: 'a', 'arterial-follow-up': '-25', summary: 'a' } })).toMatchObject({
      earned: 3,
      total: 3,
      correct: true,
    });
  });
  it('the wrong phase then the right remedy and summary: 2 of 3', () => {
    const result = scoreCase(item, { steps: { phase: 'b', 'other-follow-up': 'a', summary: 'a' } });
    expect(result).toMatchObject({ earned: 2, total: 3, correct: false });
    expect(result.parts?.map((p) => [p.id, p.correct])).toEqual([
      ['phase', false],
      ['other-follow-up', true],
      ['summary', true],
    ]);
  });
  it('an answer to a step of the branch not taken is ignored', () => {
    expect(
      scoreCase(item, { steps: { phase: 'a', 'arterial-follow-up': '-25,2', 'other-follow-up': 'b', summary: 'a' } }),
    ).toMatchObject({ earned: 3, total: 3 });
  });
  it('a numeric step outside its tolerance loses its mark: 2 of 3', () => {
    expect(scoreCase(item, { steps: { phase: 'a', 'arterial-follow-up': '-33', summary: 'a' } }).earned).toBe(2);
  });
  it('nothing answered is 0 of the two steps always shown', () => {
    expect(scoreCase(item, { steps: {} })).toMatchObject({ earned: 0, total: 2 });
  });
});

describe('case validation', () => {
  it('an unfinished case is turned back', () => {
    expect(validateCase(item, { steps: { phase: 'a' } })).toEqual({
      ok: false,
      message: 'Answer every step of the case first.',
    });
  });
  it('a numeric step with text that is not a number is turned back with the numeric message', () => {
    expect(validateCase(item, { steps: { phase: 'a', 'arterial-follow-up': 'a lot', summary: 'a' } }).ok).toBe(false);
  });
  it('a step answer that is not an option is named', () => {
    const step = item.steps[0]!;
    expect(validateCaseStep(step, 'z')).toMatchObject({ ok: false, message: expect.stringContaining('"z"') });
    expect(validateCaseStep(step, undefined)).toEqual({ ok: false, message: 'Choose an option first.' });
  });
  it('a finished case is accepted', () => {
    expect(validateCase(item, { steps: { phase: 'b', 'other-follow-up': 'a', summary: 'c' } })).toEqual({ ok: true });
  });
});
