import { describe, expect, it } from 'vitest';
import {
  exportProgressFile,
  importProgressBlob,
  importProgressFile,
} from '../../../../src/quiz-engine/progress/exchange';
import {
  emptyProgress,
  recordAttempt,
  setFlag,
  setStudied,
  studiedChapters,
  type ProgressDocument,
} from '../../../../src/quiz-engine/progress/document';

const t0 = Date.UTC(2026, 2, 2, 9, 0, 0);
const answered = (doc: ProgressDocument, itemId: string, sessionId: string, at: number): ProgressDocument =>
  recordAttempt(doc, {
    itemId,
    chapter: 'colorectal-nets',
    topics: ['rectum'],
    at,
    earned: 1,
    total: 1,
    correct: true,
    rating: 3,
    mode: 'tutor',
    sessionId,
  });

describe('exporting progress to a file', () => {
  it('names the file by date and labels its content', () => {
    const file = exportProgressFile(emptyProgress(), t0);
    expect(file.filename).toBe('gep-net-progress-2026-03-02.json');
    expect(JSON.parse(file.text)).toMatchObject({
      format: 'gep-net-imaging-progress',
      exportedAt: '2026-03-02T09:00:00.000Z',
      progress: { version: 3 },
    });
  });
});

describe('importing a progress file', () => {
  const laptop = setStudied(answered(emptyProgress(), 'sb-colorectal', 'l1', t0), 'colorectal-nets', true, t0);
  const phone = setFlag(
    answered(answered(emptyProgress(), 'sb-colorectal', 'l1', t0), 'sb-ileal', 'p1', t0 + 1000),
    'sb-ileal',
    true,
    t0,
  );

  it('merges rather than overwrites, and says what it added', () => {
    const outcome = importProgressFile(phone, exportProgressFile(laptop, t0).text);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.doc.attempts.map((a) => a.id)).toEqual(['l1/sb-colorectal', 'p1/sb-ileal']);
    expect(outcome.doc.flags['sb-ileal']?.on).toBe(true);
    expect(studiedChapters(outcome.doc)).toEqual(['colorectal-nets']);
    expect(outcome.summary).toEqual({ attemptsAdded: 0, flagsChanged: 0, studiedAdded: 1 });
    expect(outcome.message).toBe(
      'Imported and merged: 0 answers added, 0 flags updated, 1 chapter newly marked as studied.',
    );
  });
  it('importing the same file again says nothing changed', () => {
    const first = importProgressFile(phone, exportProgressFile(laptop, t0).text);
    if (!first.ok) throw new Error('first import failed');
    const second = importProgressFile(first.doc, exportProgressFile(laptop, t0).text);
    expect(second.ok && second.message).toBe('Imported: everything in this file was already here, so nothing changed.');
  });
  it('accepts a bare progress document (no envelope), of an older version too', () => {
    const v1 = JSON.stringify({
      version: 1,
      attempts: [
        {
          itemId: 'sb-ileal',
          chapter: 'ileal-and-appendiceal-nets',
          topics: [],
          at: t0,
          earned: 0,
          total: 1,
          correct: false,
          mode: 'exam',
        },
      ],
      flagged: [],
    });
    const outcome = importProgressFile(emptyProgress(), v1);
    expect(outcome.ok && outcome.summary.attemptsAdded).toBe(1);
  });
  it.each([
    ['not JSON', 'hello', 'This file is not a progress file: it is not readable JSON. Nothing was changed.'],
    [
      'another app’s JSON',
      '{"format":"anki-deck","cards":[]}',
      'This file is not a GEP-NET Imaging progress file. Nothing was changed.',
    ],
    [
      'JSON of another kind',
      '{"name":"x"}',
      'This file could not be imported: it does not look like a GEP-NET Imaging progress file. Nothing was changed.',
    ],
  ])('a bad file (%s) gets a clear message', (_label, text, message) => {
    expect(importProgressFile(phone, text)).toEqual({ ok: false, message });
  });
  it('a file from a newer version says to update the site', () => {
    const outcome = importProgressFile(phone, '{"format":"gep-net-imaging-progress","progress":{"version":9}}');
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.message).toMatch(
      /newer version of the site .* reload the site to update it, then try again\. Nothing was changed\.$/,
    );
  });
  it('a damaged file names the damaged field and changes nothing', () => {
    const text = JSON.stringify({
      format: 'gep-net-imaging-progress',
      progress: { ...emptyProgress(), flags: { x: { on: 'yes', at: 0 } } },
    });
    const before = JSON.stringify(phone);
    const outcome = importProgressFile(phone, text);
    expect(!outcome.ok && outcome.message).toMatch(/flags\.x\.on/);
    expect(JSON.stringify(phone)).toBe(before);
  });
});

describe('the 20 MB limit on progress files (issue 10)', () => {
  it('a file over the limit is refused by its size, before a byte of it is read', async () => {
    let read = false;
    const huge = {
      size: 20 * 1024 * 1024 + 1,
      text: async () => {
        read = true;
        return '{}';
      },
    };
    const outcome = await importProgressBlob(emptyProgress(), huge);
    expect(read).toBe(false);
    expect(outcome).toEqual({
      ok: false,
      message: 'This file is far too large to be a progress file. Nothing was changed.',
    });
  });
  it('a file within the limit is read and merged', async () => {
    const file = exportProgressFile(setFlag(emptyProgress(), 'sb-ileal', true, t0), t0);
    const outcome = await importProgressBlob(emptyProgress(), { size: file.text.length, text: async () => file.text });
    expect(outcome.ok && outcome.summary.flagsChanged).toBe(1);
  });
});
