import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  ACCURACY_SCENARIOS,
  scenarioById,
  type ReportedPercent,
} from '../../../src/simulators/diagnostic-accuracy/scenarios';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const reviewPath = `${root}../shared/source/gep-net-imaging-review.txt`;
const review = existsSync(reviewPath) ? readFileSync(reviewPath, 'utf8').replace(/\s+/g, ' ') : null;
const facts = parse(readFileSync(`${root}src/content/facts/review.yaml`, 'utf8')) as {
  id: string;
  numbers: string[];
  source: { review: string };
}[];

const numbersOf = (p: ReportedPercent | null): number[] =>
  p === null ? [] : [p.value, p.low, p.high].filter((n): n is number => n !== null);
const entries = ACCURACY_SCENARIOS.flatMap((s) => s.entries.map((e) => ({ scenario: s.id, ...e })));

describe('accuracy scenarios: data taken exactly from the review', () => {
  it('covers the four clinical scenarios of the issue', () => {
    expect(ACCURACY_SCENARIOS.map((s) => s.id)).toEqual([
      'suspected-insulinoma',
      'pnet-detection',
      'small-bowel-primary',
      'liver-metastases',
    ]);
  });

  it('holds the figures the review prints, and nothing else', () => {
    const byId = Object.fromEntries(entries.map((e) => [e.id, e]));
    expect(byId['eus-pnet']?.sensitivity).toEqual({ value: 90, low: 77, high: 100 });
    expect(byId['eus-insulinoma']?.sensitivity).toEqual({ value: 84, low: null, high: null });
    expect(byId['mri-pnet']?.sensitivity).toEqual({ value: 93, low: 85, high: 100 });
    expect(byId['mri-pnet']?.specificity).toEqual({ value: 88, low: 75, high: 100 });
    expect(byId['mri-pnet-recent-study']?.sensitivity?.value).toBe(95);
    expect(byId['dect-insulinoma']?.sensitivity?.value).toBe(95.7);
    expect(byId['ct-insulinoma']?.sensitivity?.value).toBe(68.8);
    expect(byId['ct-enterography']?.sensitivity?.value).toBe(100);
    expect(byId['ct-enterography']?.specificity?.value).toBe(96.2);
    expect(byId['mr-enteroclysis']?.sensitivity).toEqual({ value: null, low: 86, high: 94 });
    expect(byId['mr-enteroclysis']?.specificity).toEqual({ value: null, low: 95, high: 98 });
  });

  it('no specificity is given for EUS, DECT or conventional CT, and no figure at all for liver metastases', () => {
    for (const id of ['eus-pnet', 'eus-insulinoma', 'dect-insulinoma', 'ct-insulinoma']) {
      expect(entries.find((e) => e.id === id)?.specificity).toBeNull();
    }
    for (const e of scenarioById('liver-metastases').entries) {
      expect(e.sensitivity).toBeNull();
      expect(e.specificity).toBeNull();
    }
  });

  it('every range has its low end below its high end and its mean inside it', () => {
    for (const e of entries) {
      for (const p of [e.sensitivity, e.specificity]) {
        if (!p) continue;
        if (p.low !== null && p.high !== null) expect(p.low).toBeLessThan(p.high);
        if (p.value !== null && p.low !== null && p.high !== null) {
          expect(p.value).toBeGreaterThanOrEqual(p.low);
          expect(p.value).toBeLessThanOrEqual(p.high);
        }
      }
    }
  });

  it('every entry with a figure points to a fact that lists the same numbers and section', () => {
    for (const e of entries) {
      const numbers = [...numbersOf(e.sensitivity), ...numbersOf(e.specificity)];
      if (numbers.length === 0) continue;
      const fact = facts.find((f) => f.id === e.factId);
      expect(fact, `${e.id} needs a fact`).toBeDefined();
      expect(fact?.source.review).toBe(e.reviewSection);
      for (const n of numbers) expect(fact?.numbers, `${e.id}: ${n}`).toContain(String(n));
    }
  });

  it.runIf(review !== null)('every number and every section name appears in the review text', () => {
    for (const e of entries) {
      expect(review).toContain(e.reviewSection);
      for (const n of [...numbersOf(e.sensitivity), ...numbersOf(e.specificity)]) {
        expect(review, `${e.id}: ${n}`).toMatch(new RegExp(`(^|[^0-9.])${String(n).replace('.', '\\.')}(%|[^0-9.])`));
      }
    }
  });

  it('an unknown scenario id throws a RangeError naming it', () => {
    expect(() => scenarioById('gastric')).toThrow(/"gastric"/);
  });
});
