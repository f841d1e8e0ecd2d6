import { describe, expect, it } from 'vitest';
import { assessResponse } from '../../../src/simulators/response-criteria/engine';
import {
  RESPONSE_CASES,
  scorePrediction,
  studyFromSelection,
  type ResponseCase,
} from '../../../src/simulators/response-criteria/cases';

const byId = (id: string): ResponseCase => {
  const found = RESPONSE_CASES.find((c) => c.id === id);
  if (!found) throw new Error(`missing case ${id}`);
  return found;
};

/** Overall [RECIST, Choi, mRECIST] at the last follow-up with the suggested targets. */
function verdicts(id: string): string[] {
  const c = byId(id);
  const result = assessResponse(studyFromSelection(c, c.suggestedTargets));
  expect(result.errors).toEqual([]);
  const last = result.followUps.at(-1);
  return [last?.recist.category ?? '', last?.choi.category ?? '', last?.mrecist.category ?? ''];
}

describe('response case library (hand-computed verdicts for the suggested targets)', () => {
  it('has at least six cases, each with a valid suggested selection', () => {
    expect(RESPONSE_CASES.length).toBeGreaterThanOrEqual(6);
    for (const c of RESPONSE_CASES)
      expect(assessResponse(studyFromSelection(c, c.suggestedTargets)).errors).toEqual([]);
  });

  it('somatostatin analogue: sum 81 → 81 mm, attenuation 98.33 → 97.33 HU: SD, SD, SD', () => {
    expect(verdicts('somatostatin-analogue-stable')).toEqual(['SD', 'SD', 'SD']);
  });

  it('targeted agent: sum −5.71 %, attenuation −28 %, viable −41.9 %: SD, PR, PR', () => {
    expect(verdicts('targeted-agent-density-drop')).toEqual(['SD', 'PR', 'PR']);
    const c = byId('targeted-agent-density-drop');
    const f = assessResponse(studyFromSelection(c, c.suggestedTargets)).followUps[0];
    expect(f?.recist.changeFromBaselinePercent).toBe(-5.71);
    expect(f?.choi.attenuationChangePercent).toBe(-28);
    expect(f?.mrecist.changeFromBaselinePercent).toBe(-41.9);
  });

  it('darker but bigger: sum +20 % and +16 mm, attenuation −34.28 %, viable −40 %: PD, PR, PR', () => {
    expect(verdicts('density-down-size-up')).toEqual(['PD', 'PR', 'PR']);
  });

  it('haemorrhage: sum +10 %, attenuation up, viable unchanged: SD, PD, SD', () => {
    expect(verdicts('haemorrhage-density-up')).toEqual(['SD', 'PD', 'SD']);
  });

  it('new lesion: targets SD but every overall verdict is PD', () => {
    expect(verdicts('new-lesion')).toEqual(['PD', 'PD', 'PD']);
  });

  it('nodal response: liver lesion gone, node 19 → 9 mm still enhancing: CR, CR, PR', () => {
    expect(verdicts('nodal-response')).toEqual(['CR', 'CR', 'PR']);
  });

  it('regrowth: 100 → 60 → 73 mm is PR then PD under all three', () => {
    const c = byId('nadir-not-baseline');
    const [m3, m6] = assessResponse(studyFromSelection(c, c.suggestedTargets)).followUps;
    expect([m3?.recist.category, m3?.choi.category, m3?.mrecist.category]).toEqual(['PR', 'PR', 'PR']);
    expect([m6?.recist.category, m6?.choi.category, m6?.mrecist.category]).toEqual(['PD', 'PD', 'PD']);
    expect(m6?.recist.changeFromNadirPercent).toBe(21.66);
    expect(m6?.recist.changeFromBaselinePercent).toBe(-27);
  });

  it('target selection: sum 117 → 112 mm: SD, SD, SD', () => {
    expect(verdicts('target-selection')).toEqual(['SD', 'SD', 'SD']);
  });

  it('choosing a third liver lesion, a 9 mm lesion or a 13 mm node is refused with a reason', () => {
    const c = byId('target-selection');
    const errors = assessResponse(studyFromSelection(c, ['L1', 'L2', 'L3', 'L4', 'N2'])).errors.join(' ');
    expect(errors).toMatch(/liver has 4/);
    expect(errors).toMatch(/"L4".*at least 10 mm/);
    expect(errors).toMatch(/"N2".*at least 15 mm/);
  });

  it('a 12 mm node in the new-lesion case cannot be a target', () => {
    const c = byId('new-lesion');
    expect(assessResponse(studyFromSelection(c, ['L1', 'N2'])).errors.join(' ')).toMatch(
      /short axis of at least 15 mm at baseline; it measures 12 mm/,
    );
  });

  it('scorePrediction gives one point per criterion predicted correctly', () => {
    const c = byId('density-down-size-up');
    const [f] = assessResponse(studyFromSelection(c, c.suggestedTargets)).followUps;
    if (!f) throw new Error('no follow-up');
    expect(scorePrediction({ recist: 'PD', choi: 'PR', mrecist: 'PR' }, f).earned).toBe(3);
    expect(scorePrediction({ recist: 'PD', choi: 'PD', mrecist: 'SD' }, f)).toMatchObject({
      earned: 1,
      correct: { recist: true, choi: false, mrecist: false },
    });
  });
});
