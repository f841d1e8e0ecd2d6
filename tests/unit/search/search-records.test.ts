import { describe, expect, it } from 'vitest';
import {
  chapterRecords,
  glossaryNamesInHeading,
  keepDistinctiveWords,
  questionRecord,
  termRecord,
  type SearchRecord,
} from '../../../src/search/search-records';

const glossary = [
  { term: 'ADC', aka: ['apparent diffusion coefficient'] },
  { term: 'Choi criteria', aka: ['Choi'] },
  { term: 'Radiomics', aka: ['texture analysis'] },
];

describe('glossary names in a heading', () => {
  it('gives a heading the other names of a term it names, matching whole words only', () => {
    expect(glossaryNamesInHeading('The ADC map', glossary)).toEqual(['ADC', 'apparent diffusion coefficient']);
    expect(glossaryNamesInHeading('Choi criteria: size or density', glossary)).toEqual(['Choi criteria', 'Choi']);
    expect(glossaryNamesInHeading('Shadows and reflections', glossary)).toEqual([]);
  });

  it('reads superscript isotope numbers as digits', () => {
    expect(
      glossaryNamesInHeading('⁶⁸Ga-DOTA-peptide PET/CT', [
        { term: '68Ga-DOTA-peptide PET/CT', aka: ['DOTATATE PET/CT'] },
      ]),
    ).toEqual(['68Ga-DOTA-peptide PET/CT', 'DOTATATE PET/CT']);
  });
});

describe('records for a chapter', () => {
  const records = chapterRecords(
    {
      slug: 'optimising-mri',
      order: 4,
      title: 'Optimising MRI',
      summary: 'Sequences, diffusion and perfusion.',
      objectives: ['Explain ADC'],
      keywords: ['DWI', 'apparent diffusion coefficient'],
      body: '## The ADC map\n\nLow **ADC** means high grade.\n',
      headings: [{ depth: 2, slug: 'the-adc-map', text: 'The ADC map' }],
    },
    glossary,
  );

  it('has one record for the chapter and one per section, deep-linked to the heading', () => {
    expect(records.map((r) => [r.kind, r.url])).toEqual([
      ['chapter', '/chapters/optimising-mri/'],
      ['section', '/chapters/optimising-mri/#the-adc-map'],
    ]);
    expect(records[1]?.context).toBe('Chapter 4 · Optimising MRI');
    expect(records[1]?.aliases).toBe('ADC · apparent diffusion coefficient');
  });
});

describe('records for glossary terms and questions', () => {
  it('finds a glossary term by name and other names, linking to its anchor', () => {
    expect(
      termRecord({
        id: 'adc',
        term: 'ADC',
        aka: ['apparent diffusion coefficient'],
        definition: 'A measure of diffusion.',
      }),
    ).toEqual({
      kind: 'term',
      title: 'ADC',
      context: 'Glossary',
      url: '/glossary/#adc',
      aliases: 'apparent diffusion coefficient',
      excerpt: 'A measure of diffusion.',
    });
  });

  it('sends a question to the section of its chapter that teaches it', () => {
    const record = questionRecord({
      id: 'q1',
      stem: 'Which phase shows an insulinoma best?',
      chapter: { slug: 'optimising-ct', order: 3, title: 'Optimising CT' },
      anchor: 'timing',
      topics: ['CT protocol'],
    });
    expect(record.url).toBe('/chapters/optimising-ct/#timing');
    expect(record.words).toBe('phase shows insulinoma best');
  });
});

describe('keeping the most distinctive body words', () => {
  it('keeps the words found in the fewest records, in their original order', () => {
    const records: SearchRecord[] = [
      { kind: 'section', title: 'A', context: '', url: '/a', words: 'tumour liver kurtosis' },
      { kind: 'section', title: 'B', context: '', url: '/b', words: 'tumour liver entropy' },
      { kind: 'section', title: 'C', context: '', url: '/c', words: 'tumour mesentery' },
    ];
    const kept = keepDistinctiveWords(records, { chapter: 0, section: 2, term: 0, case: 0, question: 0 });
    expect(kept.map((r) => r.words)).toEqual(['liver kurtosis', 'liver entropy', 'tumour mesentery']);
  });

  it('drops the words field of kinds that keep none', () => {
    const kept = keepDistinctiveWords([
      { kind: 'term', title: 'ADC', context: 'Glossary', url: '/glossary/#adc', words: 'diffusion' },
    ]);
    expect(kept[0]).not.toHaveProperty('words');
  });
});
