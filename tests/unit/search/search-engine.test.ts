import { describe, expect, it } from 'vitest';
import { createSearch } from '../../../src/search/search-engine';
import type { SearchRecord } from '../../../src/search/search-records';

// A small hand-made index shaped like the real one.
const records: SearchRecord[] = [
  {
    kind: 'term',
    title: 'Insulinoma',
    context: 'Glossary',
    url: '/glossary/#insulinoma',
    excerpt: 'An insulin-secreting pancreatic NET.',
  },
  { kind: 'term', title: 'Choi criteria', context: 'Glossary', url: '/glossary/#choi', aliases: 'Choi' },
  {
    kind: 'section',
    title: 'Choi criteria: size or density',
    context: 'Chapter 13',
    url: '/chapters/follow-up-and-response/#choi',
    aliases: 'Choi criteria · Choi',
    keywords: 'partial response hounsfield',
  },
  {
    kind: 'section',
    title: 'RECIST 1.1: size only',
    context: 'Chapter 13',
    url: '/chapters/follow-up-and-response/#recist',
    keywords: 'sum of diameters',
  },
  {
    kind: 'section',
    title: 'Radiomics and histogram analysis',
    context: 'Chapter 9',
    url: '/chapters/pancreatic-nets-characterisation/#radiomics',
    aliases: 'Radiomics · texture analysis',
    keywords: 'adc kurtosis entropy',
  },
  {
    kind: 'section',
    title: 'The ADC map',
    context: 'Chapter 4',
    url: '/chapters/optimising-mri/#adc',
    words: 'restricted diffusion cellularity',
  },
  {
    kind: 'section',
    title: 'Periportal nodes',
    context: 'Chapter 11',
    url: '/chapters/liver-metastases/#nodes',
    words: 'per hilum',
  },
  {
    kind: 'question',
    title: 'Which criteria use density: Choi criteria or RECIST?',
    context: 'Question · Chapter 13',
    url: '/chapters/follow-up-and-response/',
    keywords: 'response criteria',
    words: 'density choi criteria recist',
  },
];
const search = createSearch(records);
const first = (query: string) => search(query)[0]?.record.url;

describe('site search', () => {
  it('forgives a missing letter in a long word ("insulnoma")', () => {
    expect(first('insulnoma')).toBe('/glossary/#insulinoma');
  });

  it('sends "choi criteria" to the chapter section before the glossary entry and the question', () => {
    const urls = search('choi criteria').map((h) => h.record.url);
    expect(urls.slice(0, 2)).toEqual(['/chapters/follow-up-and-response/#choi', '/glossary/#choi']);
    expect(urls.indexOf('/chapters/follow-up-and-response/')).toBeGreaterThan(1);
  });

  it('finds "ADC kurtosis" where kurtosis is taught, not merely where ADC is named', () => {
    expect(first('ADC kurtosis')).toBe('/chapters/pancreatic-nets-characterisation/#radiomics');
  });

  it('does not let a short word match loosely ("pet" is not "per")', () => {
    expect(search('pet')).toEqual([]);
  });

  it('ignores case and reads superscript digits as digits', () => {
    expect(first('RECIST ¹.¹')).toBe('/chapters/follow-up-and-response/#recist');
    expect(search('ChOi CRITERIA')).toEqual(search('choi criteria'));
  });

  it('returns nothing for a query of fewer than two characters', () => {
    expect(search('a')).toEqual([]);
    expect(search('  ')).toEqual([]);
  });

  it('returns at most the number of results asked for, best first', () => {
    const hits = search('criteria', 2);
    expect(hits).toHaveLength(2);
    expect(hits[0]!.score).toBeLessThanOrEqual(hits[1]!.score);
  });
});
