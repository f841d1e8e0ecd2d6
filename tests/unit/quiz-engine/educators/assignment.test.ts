import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assignmentItems,
  decodeAssignment,
  encodeAssignment,
  validateAssignment,
  type Assignment,
} from '../../../../src/quiz-engine/educators/assignment';
import { sessionFromAssignment } from '../../../../src/quiz-engine/educators/assignment-session';
import { itemLookup } from '../../../../src/quiz-engine/bank';
import { fixtureItems } from '../fixtures/items';
import { assignmentArb } from './arbitraries';

const weekOne: Assignment = {
  title: 'Week 1: contrast phases',
  itemIds: ['sb-arterial-phase', 'mr-mri-sequences', 'nu-recist-change'],
  mode: 'exam',
  seed: 42,
  minutes: 15,
  due: '2026-03-31',
  note: 'Closed book, please.',
};

describe('assignment links', () => {
  it('carry an assignment there and back unchanged', () => {
    fc.assert(
      fc.property(assignmentArb, (a) => {
        const reading = decodeAssignment(encodeAssignment(a));
        expect(reading.ok).toBe(true);
        if (reading.ok) expect(reading.assignment).toEqual(a);
      }),
    );
  });

  it('keep a ten-question assignment link short enough to paste in a message', () => {
    const ids = fixtureItems.map((i) => i.id).concat(['extra-one', 'extra-two']);
    const fragment = encodeAssignment({ ...weekOne, itemIds: ids.slice(0, 10) });
    // A URL of a few hundred characters pastes into e-mail, chat and an LMS announcement.
    expect(fragment.length).toBeLessThan(400);
  });

  it('read a whole link, with or without the "#", and give the same id for the same content', () => {
    const fragment = encodeAssignment(weekOne);
    const fromLink = decodeAssignment(`https://example.org/assignment/#${fragment}`);
    const bare = decodeAssignment(fragment);
    expect(fromLink.ok && bare.ok && fromLink.id === bare.id).toBe(true);
    if (fromLink.ok) expect(fromLink.id).toMatch(/^[0-9a-f]{8}$/);
  });

  it('drop a time limit outside exam mode, since only an exam is timed', () => {
    const reading = decodeAssignment(encodeAssignment({ ...weekOne, mode: 'tutor' }));
    expect(reading.ok).toBe(true);
    if (reading.ok) expect(reading.assignment.minutes).toBeUndefined();
  });

  it('report a link cut short in plain words', () => {
    const fragment = encodeAssignment(weekOne);
    const reading = decodeAssignment(fragment.slice(0, fragment.length - 12));
    expect(reading.ok).toBe(false);
    if (!reading.ok) {
      expect(reading.reason).toBe('damaged');
      expect(reading.message).toMatch(/damaged.*missing or has been changed/);
    }
  });

  it('report an edited link rather than open a different assignment', () => {
    const fragment = encodeAssignment(weekOne);
    const [head, data, crc] = fragment.split('.') as [string, string, string];
    const flipped = data.slice(0, 10) + (data[10] === 'A' ? 'B' : 'A') + data.slice(11);
    const reading = decodeAssignment(`${head}.${flipped}.${crc}`);
    expect(reading).toMatchObject({ ok: false, reason: 'damaged' });
  });

  it('say when there is no assignment at all, or a link from elsewhere', () => {
    expect(decodeAssignment('')).toMatchObject({ ok: false, reason: 'empty' });
    expect(decodeAssignment('#section-2')).toMatchObject({ ok: false, reason: 'not-ours' });
  });

  it('refuse to share an assignment with no questions, a repeated question or an impossible due date', () => {
    expect(() => encodeAssignment({ ...weekOne, itemIds: [] })).toThrow(/itemIds/);
    expect(() => encodeAssignment({ ...weekOne, itemIds: ['sb-ileal', 'sb-ileal'] })).toThrow(/listed twice/);
    expect(() => encodeAssignment({ ...weekOne, due: '2026-02-30' })).toThrow(/due/);
    expect(() => validateAssignment({ ...weekOne, title: '   ' })).toThrow(/title/);
  });

  it('list the questions a bank no longer has', () => {
    const lookup = itemLookup(fixtureItems);
    const { found, unknown } = assignmentItems({ itemIds: ['sb-ileal', 'retired-question', 'sb-colorectal'] }, lookup);
    expect(found.map((i) => i.id)).toEqual(['sb-ileal', 'sb-colorectal']);
    expect(unknown).toEqual(['retired-question']);
  });
});

describe('an assignment session', () => {
  const lookup = itemLookup(fixtureItems);

  it("keeps the educator's order and gives every student the same option order", () => {
    const one = sessionFromAssignment(weekOne, 'abcd1234', lookup, 1_000);
    const two = sessionFromAssignment(weekOne, 'abcd1234', lookup, 9_000);
    expect(one.itemIds).toEqual(weekOne.itemIds);
    expect(one.order).toEqual(two.order);
  });

  it('sets the exam deadline from the time limit: 15 minutes after the start', () => {
    const session = sessionFromAssignment(weekOne, 'abcd1234', lookup, 1_000);
    expect(session.deadline).toBe(1_000 + 15 * 60_000);
    expect(session.config.mode).toBe('exam');
  });

  it('leaves out questions no longer in the bank, and refuses when none is left', () => {
    const session = sessionFromAssignment({ ...weekOne, itemIds: ['gone', 'sb-ileal'] }, 'abcd1234', lookup, 0);
    expect(session.itemIds).toEqual(['sb-ileal']);
    expect(() => sessionFromAssignment({ ...weekOne, itemIds: ['gone'] }, 'abcd1234', lookup, 0)).toThrow(RangeError);
  });
});
