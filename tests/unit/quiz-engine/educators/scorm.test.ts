import { describe, expect, it } from 'vitest';
import { fixture, fixtureItems } from '../fixtures/items';
import { itemLookup } from '../../../../src/quiz-engine/bank';
import { sessionFromAssignment } from '../../../../src/quiz-engine/educators/assignment-session';
import type { Assignment } from '../../../../src/quiz-engine/educators/assignment';
import {
  finishPairs,
  interactionFor,
  progressPairs,
  scormTimespan,
  sessionScore,
} from '../../../../src/quiz-engine/educators/scorm/scorm-data';
import { attemptFromSuspendData, suspendDataOf } from '../../../../src/quiz-engine/educators/scorm/scorm-resume';
import { scormManifest } from '../../../../src/quiz-engine/educators/scorm/scorm-manifest';
import { setResponse, submitItem, finishSession, goTo } from '../../../../src/quiz-engine/session/run';

const lookup = itemLookup(fixtureItems);
const assignment: Assignment = {
  title: 'Week 1',
  itemIds: ['sb-arterial-phase', 'mr-mri-sequences', 'ma-modalities', 'hs-pancreatic-head'],
  mode: 'tutor',
  seed: 7,
};
const t0 = Date.UTC(2026, 2, 1, 9);

function takenSession() {
  let s = sessionFromAssignment(assignment, 'abcd1234', lookup, t0);
  s = setResponse(s, 'sb-arterial-phase', { choice: 'b' });
  s = submitItem(s, fixture('sb-arterial-phase', 'single-best'), t0 + 30_000);
  s = goTo(s, 1, t0 + 30_000);
  s = setResponse(s, 'mr-mri-sequences', { choices: ['a', 'b'] }); // one key, one distractor: 0 marks
  s = submitItem(s, fixture('mr-mri-sequences', 'multiple-response'), t0 + 75_000);
  s = goTo(s, 2, t0 + 75_000);
  s = setResponse(s, 'ma-modalities', { pairs: { receptor: 'pet', 'small-pancreas': 'ct', staging: 'ct' } }); // 2 of 3 pairs
  s = submitItem(s, fixture('ma-modalities', 'matching'), t0 + 120_000);
  s = goTo(s, 3, t0 + 120_000);
  s = setResponse(s, 'hs-pancreatic-head', { kind: 'point', x: 0.42, y: 0.51 });
  s = submitItem(s, fixture('hs-pancreatic-head', 'hotspot'), t0 + 140_000);
  return finishSession(s, lookup, t0 + 150_000);
}

describe('what a SCORM LMS receives', () => {
  it("writes elapsed time in each version's format", () => {
    expect(scormTimespan(3_723_450, '1.2')).toBe('0001:02:03.45');
    expect(scormTimespan(3_723_450, '2004')).toBe('PT1H2M3.45S');
    expect(scormTimespan(0, '2004')).toBe('PT0H0M0S');
  });

  it('scores 1 + 0 + 2/3 + 1 of 4 items: 66.67 % raw in both versions, scaled 0.6667 in 2004', () => {
    const session = takenSession();
    const score = sessionScore(session);
    expect(score.raw).toBeCloseTo(2 + 2 / 3, 6);
    const p2004 = new Map(finishPairs(session, lookup, '2004', undefined));
    expect([p2004.get('cmi.score.raw'), p2004.get('cmi.score.max'), p2004.get('cmi.score.scaled')]).toEqual([
      '66.67',
      '100',
      '0.6667',
    ]);
    expect(p2004.get('cmi.success_status')).toBe('unknown');
    const p12 = new Map(finishPairs(session, lookup, '1.2', 0.7));
    expect(p12.get('cmi.core.score.raw')).toBe('66.67');
    expect(p12.get('cmi.core.lesson_status')).toBe('failed'); // below a 70 % mastery score
  });

  it("records one interaction per item with its response in the version's syntax", () => {
    const session = takenSession();
    const mr = interactionFor(
      fixture('mr-mri-sequences', 'multiple-response'),
      session.entries['mr-mri-sequences'],
      '2004',
    );
    expect(mr).toMatchObject({
      type: 'choice',
      learnerResponse: 'a[,]b',
      correctPattern: 'a[,]c',
      result: 'incorrect',
      latencyMs: 45_000,
    });
    const ma = interactionFor(fixture('ma-modalities', 'matching'), session.entries['ma-modalities'], '1.2');
    expect(ma).toMatchObject({
      type: 'matching',
      learnerResponse: 'receptor.pet,small-pancreas.ct,staging.ct',
      result: '0.6667',
    });
    const hs = interactionFor(fixture('hs-pancreatic-head', 'hotspot'), session.entries['hs-pancreatic-head'], '2004');
    expect(hs).toMatchObject({ type: 'other', learnerResponse: 'point 0.42 0.51 in head', result: 'correct' });
    const pairs = finishPairs(session, lookup, '2004', undefined).map(([e]) => e);
    expect(pairs.filter((e) => e.endsWith('.id'))).toEqual([0, 1, 2, 3].map((n) => `cmi.interactions.${n}.id`));
    // id and type come before the response, as the data model requires.
    expect(pairs.indexOf('cmi.interactions.0.type')).toBeLessThan(pairs.indexOf('cmi.interactions.0.learner_response'));
  });

  it('keeps the attempt in suspend data short enough for SCORM 1.2 and reads it back', () => {
    const session = takenSession();
    const data = suspendDataOf('Ana Ruiz', session);
    expect(data.length).toBeLessThan(4096);
    expect(data).toMatch(/^s1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    const back = attemptFromSuspendData(data, assignment, 'abcd1234', lookup);
    expect(back?.student).toBe('Ana Ruiz');
    expect(back?.session.entries).toEqual(session.entries);
    expect(back?.session.order).toEqual(session.order);
    expect(attemptFromSuspendData(data.slice(0, -3), assignment, 'abcd1234', lookup)).toBeUndefined();
    expect(
      attemptFromSuspendData(data, { ...assignment, itemIds: ['sb-arterial-phase'] }, 'abcd1234', lookup),
    ).toBeUndefined();
    expect(new Map(progressPairs(session, data, '1.2')).get('cmi.core.exit')).toBe('suspend');
  });

  it("fits a 60-question assignment, every question answered, in SCORM 1.2's 4096 characters", () => {
    const base = fixture('sb-arterial-phase', 'single-best');
    const many = Array.from({ length: 60 }, (_, i) => ({ ...base, id: `sb-copy-${i}` }));
    const manyLookup = itemLookup(many);
    const big: Assignment = { title: 'Long', itemIds: many.map((i) => i.id), mode: 'practice', seed: 11 };
    let s = sessionFromAssignment(big, 'abcdabcd', manyLookup, t0);
    many.forEach((item, i) => {
      s = goTo(s, i, t0 + i * 20_000);
      s = setResponse(s, item.id, { choice: i % 3 === 0 ? 'a' : 'b' });
      s = submitItem(s, item, t0 + i * 20_000 + 15_000 + (i % 7) * 1_000);
    });
    const data = suspendDataOf('Ana Ruiz', s);
    expect(data.length).toBeLessThan(4096);
    expect(attemptFromSuspendData(data, big, 'abcdabcd', manyLookup)?.session.entries).toEqual(s.entries);
  });

  it('writes a manifest per version that lists every file', () => {
    const m12 = scormManifest('1.2', {
      identifier: 'gepnet-1',
      title: 'A & B',
      files: ['index.html', 'questions.json'],
      description: 'x',
    });
    expect(m12).toContain('<schemaversion>1.2</schemaversion>');
    expect(m12).toContain('adlcp:scormtype="sco" href="index.html"');
    expect(m12).toContain('<title>A &amp; B</title>');
    const m2004 = scormManifest('2004', {
      identifier: 'gepnet-1',
      title: 'A',
      files: ['index.html'],
      description: 'x',
    });
    expect(m2004).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(m2004).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"');
  });
});

describe('a maintained LMS run-time (scorm-again) accepts everything the runner sends', () => {
  const all: Assignment = {
    title: 'Every type',
    itemIds: [
      'sb-arterial-phase',
      'mr-mri-sequences',
      'or-ct-phases',
      'ma-modalities',
      'nu-recist-change',
      'hs-pancreatic-head',
      'ca-liver-lesion',
      'sb-colorectal',
    ],
    mode: 'exam',
    seed: 3,
  };
  function everyTypeSession(typedNumber: string) {
    let s = sessionFromAssignment(all, 'feedbeef', lookup, t0);
    s = setResponse(s, 'sb-arterial-phase', { choice: 'a' });
    s = setResponse(s, 'mr-mri-sequences', { choices: ['a', 'c'] });
    s = setResponse(s, 'or-ct-phases', { order: ['unenhanced', 'portal', 'arterial', 'delayed'] });
    s = setResponse(s, 'ma-modalities', { pairs: { receptor: 'pet', 'small-pancreas': 'eus', staging: 'ct' } });
    s = setResponse(s, 'nu-recist-change', { value: typedNumber });
    s = setResponse(s, 'hs-pancreatic-head', { kind: 'region', region: 'tail' });
    s = setResponse(s, 'ca-liver-lesion', { steps: { phase: 'a', 'arterial-follow-up': '-25', summary: 'a' } });
    // sb-colorectal left unanswered
    return finishSession(s, lookup, t0 + 600_000);
  }

  for (const version of ['2004', '1.2'] as const) {
    for (const typed of ['-25', 'about a quarter']) {
      it(`SCORM ${version}: every interaction, the score and the status are valid (numeric typed as "${typed}")`, async () => {
        const { Scorm2004API, Scorm12API } = await import('scorm-again');
        const session = everyTypeSession(typed);
        const refused: string[] = [];
        const pairs = [
          ...progressPairs(session, suspendDataOf('Ana Ruiz', session), version),
          ...finishPairs(session, lookup, version, 0.8),
        ];
        if (version === '2004') {
          const api = new Scorm2004API({ autocommit: false, logLevel: 5 });
          api.Initialize('');
          for (const [e, v] of pairs)
            if (String(api.SetValue(e, v)) !== 'true') refused.push(`${e}=${v} (${api.GetLastError()})`);
          expect(api.GetValue('cmi.interactions._count')).toBe('8');
          expect(api.GetValue('cmi.success_status')).toBe('failed');
        } else {
          const api = new Scorm12API({ autocommit: false, logLevel: 5 });
          api.LMSInitialize('');
          for (const [e, v] of pairs)
            if (String(api.LMSSetValue(e, v)) !== 'true') refused.push(`${e}=${v} (${api.LMSGetLastError()})`);
          expect(api.LMSGetValue('cmi.interactions._count')).toBe('8');
          expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('failed');
        }
        expect(refused).toEqual([]);
      });
    }
  }
});
