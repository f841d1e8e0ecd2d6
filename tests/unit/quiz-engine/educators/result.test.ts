import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeAssignment, type Assignment } from '../../../../src/quiz-engine/educators/assignment';
import { sessionFromAssignment } from '../../../../src/quiz-engine/educators/assignment-session';
import {
  readResultText,
  resultCode,
  resultFile,
  resultFromSession,
  sealResult,
  type AssignmentResult,
} from '../../../../src/quiz-engine/educators/result';
import { assignmentIdOf } from '../../../../src/quiz-engine/educators/assignment';
import { finishSession, setResponse } from '../../../../src/quiz-engine/session/run';
import { itemLookup } from '../../../../src/quiz-engine/bank';
import { fixtureItems } from '../fixtures/items';

const lookup = itemLookup(fixtureItems);
const assignment: Assignment = {
  title: 'Phases',
  itemIds: ['sb-arterial-phase', 'mr-mri-sequences', 'nu-recist-change', 'ma-modalities'],
  mode: 'exam',
  seed: 7,
  minutes: 10,
};
const id = assignmentIdOf(encodeAssignment(assignment));
const start = Date.UTC(2026, 2, 1, 9, 0, 0);

/** Ana: the arterial phase (right), DWI + out-of-phase (1 key, 1 false alarm: 0 of 2), −30 % (right), matching left blank. */
function anasResult(): AssignmentResult {
  let session = sessionFromAssignment(assignment, id, lookup, start);
  session = setResponse(session, 'sb-arterial-phase', { choice: 'b' });
  session = setResponse(session, 'mr-mri-sequences', { choices: ['a', 'b'] });
  session = setResponse(session, 'nu-recist-change', { value: '-30' });
  session = finishSession(session, lookup, start + 5 * 60_000);
  return resultFromSession({ id, title: assignment.title }, session, lookup, '  Ana Ruiz ');
}

describe("a student's results", () => {
  it('record per item what was scored, the option chosen and the times', () => {
    const r = anasResult();
    expect(r.student).toBe('Ana Ruiz');
    expect(r.assignment).toEqual({ id, title: 'Phases' });
    expect(r.startedAt).toBe('2026-03-01T09:00:00.000Z');
    expect(r.finishedAt).toBe('2026-03-01T09:05:00.000Z');
    expect(r.items.map((i) => [i.id, i.earned, i.total, i.correct, i.answered])).toEqual([
      ['sb-arterial-phase', 1, 1, true, true],
      ['mr-mri-sequences', 0, 2, false, true],
      ['nu-recist-change', 1, 1, true, true],
      // Blank in an exam: nothing earned out of the three premises.
      ['ma-modalities', 0, 3, false, false],
    ]);
    expect(r.items[0]?.choice).toBe('b');
    expect(r.items[1]?.choices).toEqual(['a', 'b']);
  });

  it('come back unchanged from the file and from the code', () => {
    const r = anasResult();
    const file = resultFile(r);
    expect(file.filename).toBe(`results-ana-ruiz-${id}.json`);
    expect(readResultText(file.text)).toEqual({ ok: true, result: r });
    expect(readResultText(resultCode(r))).toEqual({ ok: true, result: r });
  });

  it('keep the code short enough to paste: under 600 characters for four questions', () => {
    expect(resultCode(anasResult()).length).toBeLessThan(600);
  });

  it('refuse an edited file, naming the checksum, and import nothing', () => {
    const r = anasResult();
    const edited = resultFile(r)
      .text.replace('"earned": 0,\n      "total": 2', '"earned": 2,\n      "total": 2')
      .replace('"correct": false,\n      "earned": 2', '"correct": true,\n      "earned": 2');
    expect(edited).not.toBe(resultFile(r).text);
    const reading = readResultText(edited);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message).toMatch(/changed since it was saved.*checksum.*Nothing was imported/);
  });

  it("refuse a file cut short, a progress file and a stranger's JSON with a clear message", () => {
    const text = resultFile(anasResult()).text;
    expect(readResultText(text.slice(0, 200))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not readable JSON/),
    });
    expect(readResultText('{"format":"gep-net-imaging-progress","progress":{}}')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/progress file, not assignment results/),
    });
    expect(readResultText('{"hello":1}')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a GEP-NET Imaging results file/),
    });
    expect(readResultText('hello')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/neither a results file nor a results code/),
    });
    expect(readResultText(resultCode(anasResult()).slice(0, 50))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/code is damaged/),
    });
  });

  it('refuse a file whose fields are wrong, naming the field', () => {
    const r = anasResult();
    const bad = { ...r, items: [{ ...r.items[0], earned: 3 }] };
    const reading = readResultText(JSON.stringify(bad));
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.message).toMatch(/damaged \(items/);
  });

  it('refuse any change to a sealed result, whatever field is changed', () => {
    const base = anasResult();
    const edits: ((r: AssignmentResult) => AssignmentResult)[] = [
      (r) => ({ ...r, student: 'Someone Else' }),
      (r) => ({ ...r, finishedAt: '2026-03-01T09:04:00.000Z' }),
      (r) => ({ ...r, assignment: { ...r.assignment, id: '00000000' } }),
      (r) => ({ ...r, items: r.items.map((i, n) => (n === 3 ? { ...i, timeMs: i.timeMs + 1 } : i)) }),
      (r) => ({ ...r, items: r.items.slice(1) }),
      (r) => ({ ...r, mode: 'practice' }),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...edits), (edit) => {
        const reading = readResultText(JSON.stringify(edit(base)));
        expect(reading.ok).toBe(false);
      }),
    );
  });

  it('read back any sealed result, from file or code', () => {
    const itemArb = fc
      .record({
        id: fc.stringMatching(/^[a-z]{1,6}(-[a-z0-9]{1,4}){0,2}$/),
        total: fc.integer({ min: 1, max: 5 }),
        got: fc.nat({ max: 5 }),
        timeMs: fc.nat({ max: 3_600_000 }),
        choice: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
      })
      .map(({ got, total, choice, ...i }) => {
        const earned = Math.min(got, total);
        return {
          ...i,
          total,
          earned,
          correct: earned === total,
          answered: choice !== undefined,
          ...(choice ? { choice } : {}),
        };
      });
    fc.assert(
      fc.property(
        fc.uniqueArray(itemArb, { minLength: 1, maxLength: 12, selector: (i) => i.id }),
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s !== ''),
        (items, student) => {
          const r = sealResult({
            format: 'gep-net-imaging-result',
            version: 1,
            assignment: { id: 'abcdef12', title: 'T' },
            student,
            mode: 'tutor',
            startedAt: '2026-01-01T00:00:00.000Z',
            finishedAt: '2026-01-01T00:10:00.000Z',
            finishedBy: 'learner',
            items,
          });
          expect(readResultText(resultFile(r).text)).toEqual({ ok: true, result: r });
          expect(readResultText(resultCode(r))).toEqual({ ok: true, result: r });
        },
      ),
    );
  });

  it('cannot be made before the assignment is finished or without a name', () => {
    const session = sessionFromAssignment(assignment, id, lookup, start);
    expect(() => resultFromSession({ id, title: 'Phases' }, session, lookup, 'Ana')).toThrow(RangeError);
    const done = finishSession(session, lookup, start + 1000);
    expect(() => resultFromSession({ id, title: 'Phases' }, done, lookup, '  ')).toThrow(/name/);
  });
});
