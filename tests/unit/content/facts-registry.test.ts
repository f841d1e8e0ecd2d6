import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { factSchema } from '../../../src/content/schemas';
import { reviewSections, type ReviewSection } from '../../../src/quiz-engine/items/common';
import { validateList } from '../../../src/content/loaders/validate';
import { readYamlList, reviewPath } from './facts-content-files';

const factFiles = readYamlList('facts');
const facts = factFiles.flatMap(({ entries }) => entries.map((entry) => factSchema.parse(entry)));

describe('the facts registry', () => {
  it('has the review file and the response-criteria file, each a valid list with unique ids', () => {
    expect(factFiles.map((f) => f.file)).toEqual(
      expect.arrayContaining(['src/content/facts/response-criteria.yaml', 'src/content/facts/review.yaml']),
    );
    const seen = new Map<string, string>();
    for (const { file, entries } of factFiles) {
      const result = validateList(file, entries, factSchema, seen);
      expect(result.ok ? [] : result.problems).toEqual([]);
    }
  });

  it('cites the response criteria thresholds to the original papers, not to the review', () => {
    const byId = new Map(facts.map((f) => [f.id, f]));
    expect(byId.get('recist-partial-response')?.source).toEqual({ outside: 'eisenhauer-2009' });
    expect(byId.get('recist-partial-response')?.numbers).toContain('30');
    expect(byId.get('recist-progressive-disease')?.numbers).toEqual(expect.arrayContaining(['20', '5']));
    expect(byId.get('choi-partial-response')?.source).toEqual({ outside: 'choi-2007' });
    expect(byId.get('choi-partial-response')?.numbers).toEqual(expect.arrayContaining(['10', '15']));
    expect(byId.get('mrecist-progressive-disease')?.source).toEqual({ outside: 'lencioni-2010' });
  });

  it('holds the review numbers a resident is most often asked about', () => {
    const all = new Set(facts.flatMap((f) => f.numbers));
    for (const n of [
      '60',
      '90',
      '26',
      '95.7',
      '68.8',
      '93',
      '88',
      '84',
      '0.073',
      '0.308',
      '1.501',
      '3.378',
      '150',
      '25',
    ]) {
      expect(all, `registry misses ${n}`).toContain(n);
    }
  });
});

/** The review text with words broken across lines re-joined and runs of space collapsed. */
function normaliseReview(text: string): string {
  return text.replace(/(\w)-\s*\n\s*(\w)/g, '$1$2').replace(/\s+/g, ' ');
}

const numberWords: Record<string, string> = {
  '1': 'one',
  '2': 'two',
  '3': 'three',
  '4': 'four',
  '5': 'five',
  '6': 'six',
  '10': 'ten',
};

function occurs(number: string, text: string): boolean {
  const escaped = number.replace('.', '\\.');
  if (new RegExp(`(?<![\\d.])${escaped}(?![\\d]|\\.\\d)`).test(text)) return true;
  const word = numberWords[number];
  return word !== undefined && new RegExp(`\\b${word}\\b`, 'i').test(text);
}

/** Splits the review at its section headings (lines that are exactly a heading). */
function sectionsOf(review: string): Map<ReviewSection, string> {
  const lines = review.split('\n');
  const starts: { section: ReviewSection; line: number }[] = [{ section: 'Abstract', line: 0 }];
  lines.forEach((line, index) => {
    const heading = reviewSections.find((s) => s !== 'Abstract' && line.trim() === s);
    if (heading && !starts.some((s) => s.section === heading)) starts.push({ section: heading, line: index });
  });
  const result = new Map<ReviewSection, string>();
  starts.forEach((start, i) => {
    const end = starts[i + 1]?.line ?? lines.length;
    result.set(start.section, normaliseReview(lines.slice(start.line, end).join('\n')));
  });
  return result;
}

const reviewPresent = existsSync(reviewPath);

describe('review-sourced registry numbers against the review text', () => {
  it.skipIf(!reviewPresent)(
    'every review-sourced number occurs in its own review section (figure facts: anywhere in the review)',
    () => {
      const raw = readFileSync(reviewPath, 'utf8');
      const whole = normaliseReview(raw);
      const sections = sectionsOf(raw);
      expect([...sections.keys()]).toEqual([...reviewSections]);
      const missing: string[] = [];
      for (const fact of facts) {
        if (!('review' in fact.source)) continue;
        const text = fact.id.startsWith('figure-') ? whole : (sections.get(fact.source.review) ?? '');
        for (const n of fact.numbers) {
          if (!occurs(n, text)) missing.push(`${fact.id}: "${n}" is not in the review section "${fact.source.review}"`);
        }
      }
      expect(missing).toEqual([]);
    },
  );

  it.skipIf(reviewPresent)(
    'SKIPPED CHECK: ../shared/source/gep-net-imaging-review.txt is absent, so registry numbers cannot be checked against the review',
    () => {
      expect(reviewPresent).toBe(false);
    },
  );
});
