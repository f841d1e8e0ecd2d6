import { describe, expect, it } from 'vitest';
import {
  addResult,
  classForAssignment,
  emptyClass,
  removeResult,
} from '../../../../src/quiz-engine/educators/class-results';
import { analyseClass, pearson, scoreDistribution } from '../../../../src/quiz-engine/educators/item-analysis';
import {
  sealResult,
  type AssignmentResult,
  type ItemOutcomeSummary,
} from '../../../../src/quiz-engine/educators/result';
import { itemLookup } from '../../../../src/quiz-engine/bank';
import { fixtureItems } from '../fixtures/items';

const lookup = itemLookup(fixtureItems);
// Three single-best items: the arterial phase (key b), the liver phase (key a), the rectal test (key a).
const q1 = 'sb-arterial-phase';
const q2 = 'sb-liver-hypervascular';
const q3 = 'sb-colorectal';

function student(
  name: string,
  answers: Record<string, string | undefined>,
  keys: Record<string, string>,
  finishedAt = '2026-03-01T10:00:00.000Z',
  assignmentId = 'aaaa1111',
): AssignmentResult {
  const items: ItemOutcomeSummary[] = Object.entries(answers).map(([id, choice]) => ({
    id,
    correct: choice === keys[id],
    earned: choice === keys[id] ? 1 : 0,
    total: 1,
    timeMs: 30_000,
    answered: choice !== undefined,
    ...(choice !== undefined ? { choice } : {}),
  }));
  return sealResult({
    format: 'gep-net-imaging-result',
    version: 1,
    assignment: { id: assignmentId, title: 'Week 1' },
    student: name,
    mode: 'exam',
    startedAt: '2026-03-01T09:00:00.000Z',
    finishedAt,
    finishedBy: 'learner',
    items,
  });
}

const keys = { [q1]: 'b', [q2]: 'a', [q3]: 'a' };
// Right (1) / wrong (0):   q1 q2 q3   total
//   A                       1  1  0     2
//   B                       1  1  1     3
//   C                       1  0  1     2
//   D                       0  0  1     1
const klass = [
  student('A', { [q1]: 'b', [q2]: 'a', [q3]: 'b' }, keys),
  student('B', { [q1]: 'b', [q2]: 'a', [q3]: 'a' }, keys),
  student('C', { [q1]: 'b', [q2]: 'c', [q3]: 'a' }, keys),
  student('D', { [q1]: 'c', [q2]: undefined, [q3]: 'a' }, keys),
];

describe('item analysis of a class of four (hand-computed)', () => {
  const analysis = analyseClass(klass, [q1, q2, q3], lookup);
  const [s1, s2, s3] = analysis.items;

  it('gives each item its p-value: 3/4, 2/4 and 3/4 right', () => {
    expect([s1?.pValue, s2?.pValue, s3?.pValue]).toEqual([0.75, 0.5, 0.75]);
    expect(s1?.students).toBe(4);
  });

  it('correlates each item with the rest of the test (corrected point-biserial)', () => {
    // q1: item 1,1,1,0 against rest scores 1,2,1,1 → cov 0.0625, var 0.1875 and 0.1875 → r = 1/3.
    expect(s1?.discrimination).toBeCloseTo(1 / 3, 10);
    // q2: 1,1,0,0 against 1,2,2,1 → covariance 0 → r = 0.
    expect(s2?.discrimination).toBeCloseTo(0, 10);
    // q3: 0,1,1,1 against 2,2,1,0 → cov −0.1875, var 0.1875 and 0.6875 → r = −0.522.
    expect(s3?.discrimination).toBeCloseTo(-0.1875 / Math.sqrt(0.1875 * 0.6875), 10);
    expect(s3?.discrimination).toBeCloseTo(-0.522, 3);
  });

  it('flags the item the stronger students got wrong, and the item that does not discriminate', () => {
    expect(s3?.flags).toEqual(['negative-discrimination']);
    expect(s2?.flags).toEqual(['weak-discrimination']);
    expect(s1?.flags).toEqual([]);
  });

  it('counts who chose each option, with the key marked and blanks counted', () => {
    expect(s1?.options).toEqual([
      { optionId: 'a', count: 0, isKey: false },
      { optionId: 'b', count: 3, isKey: true },
      { optionId: 'c', count: 1, isKey: false },
      { optionId: 'd', count: 0, isKey: false },
    ]);
    expect(s1?.blank).toBe(0);
    expect(s2?.options?.map((o) => o.count)).toEqual([2, 0, 1]);
    expect(s2?.blank).toBe(1);
  });

  it('gives the class distribution: 67, 100, 67 and 33 %', () => {
    expect(analysis.scores.map((s) => Math.round(s.percent))).toEqual([67, 100, 67, 33]);
    expect(analysis.distribution.mean).toBeCloseTo(200 / 3, 10);
    expect(analysis.distribution.median).toBeCloseTo(200 / 3, 10);
    expect(analysis.distribution.min).toBeCloseTo(100 / 3, 10);
    expect(analysis.distribution.max).toBe(100);
    expect(analysis.distribution.bands.map((b) => b.count)).toEqual([0, 0, 0, 1, 0, 0, 2, 0, 0, 1]);
    expect(analysis.smallClass).toBe(true);
  });

  it('flags an item everyone got right as too easy, with no discrimination to compute', () => {
    const allRight = klass.map((r) => ({
      ...r,
      items: r.items.map((i) => (i.id === q1 ? { ...i, correct: true, earned: 1, choice: 'b' } : i)),
    }));
    const s = analyseClass(allRight, [q1, q2, q3], lookup).items[0];
    expect(s?.pValue).toBe(1);
    expect(s?.discrimination).toBeNull();
    expect(s?.flags).toEqual(['too-easy']);
  });

  it('flags an item one in four got right as too hard', () => {
    const hard = klass.map((r, n) => ({
      ...r,
      items: r.items.map((i) => (i.id === q1 ? { ...i, correct: n === 1, earned: n === 1 ? 1 : 0 } : i)),
    }));
    expect(analyseClass(hard, [q1], lookup).items[0]?.flags).toContain('too-hard');
  });
});

describe('statistics building blocks', () => {
  it('pearson: a perfect line is 1, a reversed line −1, a constant undefined', () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(pearson([1, 1, 1], [1, 2, 3])).toBeNull();
    expect(pearson([1], [1])).toBeNull();
    expect(() => pearson([1, 2], [1])).toThrow(RangeError);
  });

  it('distribution of an even class takes the median between the middle two', () => {
    const d = scoreDistribution([40, 60, 80, 100]);
    expect(d.median).toBe(70);
    expect(d.mean).toBe(70);
    // population SD: deviations ±30, ±10 → sqrt((900+100+100+900)/4) = sqrt(500)
    expect(d.sd).toBeCloseTo(Math.sqrt(500), 10);
    expect(scoreDistribution([]).mean).toBeNull();
  });
});

describe("collecting a class's results", () => {
  it('takes the assignment from the first file and refuses one for another assignment', () => {
    let cls = emptyClass;
    ({ cls } = addResult(cls, klass[0]!, 'a.json'));
    expect(cls.assignmentId).toBe('aaaa1111');
    const other = student('E', { [q1]: 'b' }, keys, undefined, 'bbbb2222');
    const { cls: after, outcome } = addResult(cls, other, 'e.json');
    expect(outcome.kind).toBe('refused');
    expect(outcome.message).toMatch(/e\.json \(E\) is for another assignment.*not added/);
    expect(after).toBe(cls);
  });

  it('refuses results with questions the assignment does not have', () => {
    const cls = classForAssignment('aaaa1111', 'Week 1', [q1, q2]);
    const { outcome } = addResult(cls, klass[0]!, 'a.json');
    expect(outcome).toMatchObject({ kind: 'refused', message: expect.stringMatching(/sb-colorectal/) });
  });

  it("ignores the same file twice and keeps a student's later attempt", () => {
    let cls = classForAssignment('aaaa1111', 'Week 1', [q1, q2, q3]);
    ({ cls } = addResult(cls, klass[0]!, 'a.json'));
    expect(addResult(cls, klass[0]!, 'a-again.json').outcome.kind).toBe('duplicate');
    const retake = student(' a ', { [q1]: 'b', [q2]: 'a', [q3]: 'a' }, keys, '2026-03-02T10:00:00.000Z');
    const replaced = addResult(cls, retake, 'a2.json');
    expect(replaced.outcome.kind).toBe('replaced');
    expect(replaced.cls.results).toHaveLength(1);
    expect(replaced.cls.results[0]?.finishedAt).toBe('2026-03-02T10:00:00.000Z');
    expect(removeResult(replaced.cls, retake.checksum).results).toHaveLength(0);
  });
});
