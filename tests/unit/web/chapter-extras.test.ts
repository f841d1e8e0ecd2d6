import { describe, expect, it } from 'vitest';
import { buildChapterExtras, chapterComponentIds, spelledOut } from '../../../src/components/chapter-extras';
import { readChapters } from '../content/facts-content-files';

/**
 * Page speed (issue 10): a chapter's glossary definitions and check-yourself feedback are served
 * as /data/chapters/<slug>.json, built from the ids its MDX passes to <Term> and <CheckYourself>.
 * Every such tag must be one the build reads, or its card or question would have no data.
 */
describe('chapter extras', () => {
  it.each(readChapters().map((c) => [c.file, c.body] as const))(
    '%s: every <Term> and <CheckYourself> id is read',
    (_f, body) => {
      const { terms, checks } = chapterComponentIds(body);
      const termTags = [...body.matchAll(/<Term\b[^>]*>/g)].map((m) => m[0]);
      const checkTags = [...body.matchAll(/<CheckYourself\b[^>]*>/g)].map((m) => m[0]);
      for (const tag of termTags) expect(terms, tag).toContain(/id="([^"]+)"/.exec(tag)?.[1]);
      for (const tag of checkTags) expect(checks, tag).toContain(/id="([^"]+)"/.exec(tag)?.[1]);
      expect(new Set(terms).size).toBe(terms.length);
    },
  );

  it('builds the cards and the feedback, and fails on an unknown id', () => {
    const body = 'A <Term id="adc">ADC</Term> map, <Term id="adc">again</Term>.\n\n<CheckYourself id="q1" />\n';
    const glossary = (id: string) =>
      id === 'adc' ? { term: 'ADC', aka: ['apparent diffusion coefficient'], definition: 'A map.' } : undefined;
    const question = (id: string) =>
      id === 'q1'
        ? {
            type: 'single-best',
            answer: 'b',
            explanation: 'Because.',
            options: [
              { id: 'a', why: 'No.' },
              { id: 'b', why: 'Yes.' },
            ],
            chapter: 'ch',
            topics: ['t'],
          }
        : undefined;
    expect(buildChapterExtras('ch', body, glossary, question)).toEqual({
      terms: { adc: { term: 'ADC', spelled: 'apparent diffusion coefficient', definition: 'A map.' } },
      checks: {
        q1: { answer: 'b', explanation: 'Because.', why: { a: 'No.', b: 'Yes.' }, chapter: 'ch', topics: ['t'] },
      },
    });
    expect(() => buildChapterExtras('ch', '<Term id="nope">x</Term>', glossary, question)).toThrow(/nope/);
    expect(() => buildChapterExtras('ch', '<CheckYourself id="q2" />', glossary, question)).toThrow(/q2/);
  });

  it('spells a term out only when its first other name differs', () => {
    expect(spelledOut('ADC', ['apparent diffusion coefficient'])).toBe('apparent diffusion coefficient');
    expect(spelledOut('Insulinoma', ['insulinoma'])).toBeUndefined();
    expect(spelledOut('Insulinoma', [])).toBeUndefined();
  });
});
