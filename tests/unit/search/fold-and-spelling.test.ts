import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../src/search/fold';
import { createSpellingCorrector, withinOneEdit } from '../../../src/search/spelling';

describe('folding text for search', () => {
  it('makes GLP1, GLP-1 and glp 1 the same words', () => {
    expect(foldForSearch('GLP1')).toBe('glp 1');
    expect(foldForSearch('GLP-1')).toBe('glp 1');
    expect(foldForSearch('glp 1')).toBe('glp 1');
  });

  it('reads superscript isotope numbers as digits (⁶⁸Ga = 68Ga)', () => {
    expect(foldForSearch('⁶⁸Ga')).toBe('68 ga');
    expect(foldForSearch('68Ga')).toBe('68 ga');
  });

  it('drops accents and joins words hyphenated between letters', () => {
    expect(foldForSearch('Ménétrier')).toBe('menetrier');
    expect(foldForSearch('Zollinger–Ellison')).toBe('zollingerellison');
    expect(foldForSearch('SI-NET')).toBe('sinet');
  });

  it('folds common American spellings to the British ones the course uses', () => {
    expect(foldForSearch('tumor')).toBe('tumour');
    expect(foldForSearch('hemangioma')).toBe('haemangioma');
    expect(foldForSearch('characterization')).toBe('characterisation');
  });
});

describe('correcting one typo in a long query word', () => {
  const correct = createSpellingCorrector(['appendix appendiceal', 'insulinoma', 'ellison', 'pet per']);

  it('accepts one missing, extra, changed or swapped letter', () => {
    expect(withinOneEdit('apendix', 'appendix')).toBe(true);
    expect(withinOneEdit('appenddix', 'appendix')).toBe(true);
    expect(withinOneEdit('appendex', 'appendix')).toBe(true);
    expect(withinOneEdit('apepndix', 'appendix')).toBe(true);
    expect(withinOneEdit('apndx', 'appendix')).toBe(false);
  });

  it('corrects a typo against the words of the index', () => {
    expect(correct('apendix')).toBe('appendix');
    expect(correct('insulnoma')).toBe('insulinoma');
    expect(correct('zollinger elison')).toBe('zollinger ellison');
  });

  it('leaves short words, numbers and known words alone', () => {
    expect(correct('pez')).toBe('pez');
    expect(correct('appendiceal')).toBe('appendiceal');
    expect(correct('68 ga')).toBe('68 ga');
  });
});
