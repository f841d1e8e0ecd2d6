import { describe, expect, it } from 'vitest';
import { distinctWords, emphasisedPhrases, excerpt, mdxToPlainText } from '../../../src/search/mdx-text';

describe('MDX as the text a reader sees', () => {
  it('keeps the words of inline terms and links but drops tags, targets and components', () => {
    const mdx =
      'A low <Term id="adc">ADC</Term> predicts **high grade**; see [Figure 5](/cases/figure-5/).\n<CheckYourself id="q-1" />';
    expect(mdxToPlainText(mdx)).toBe('A low ADC predicts high grade ; see Figure 5.');
  });

  it('reads a table as its cell text', () => {
    expect(mdxToPlainText('| Phase | Timing |\n|---|---|\n| Late arterial | 30 s |')).toBe(
      'Phase Timing Late arterial 30 s',
    );
  });

  it("collects bold phrases and the visible text of terms as the author's emphasis", () => {
    expect(emphasisedPhrases('**ADC kurtosis** and <Term id="ktrans">Ktrans</Term>, again **ADC kurtosis**.')).toEqual([
      'ADC kurtosis',
      'Ktrans',
    ]);
  });
});

describe('distinct words', () => {
  it('lists each word once, lower-cased, without stop words or bare numbers', () => {
    expect(distinctWords('The ADC of the tumour and the ADC map: 30 s, T2-weighted')).toEqual([
      'adc',
      'tumour',
      'map',
      't2-weighted',
    ]);
  });
});

describe('excerpt', () => {
  it('keeps a short text whole and cuts a long one at a sentence or a word', () => {
    expect(excerpt('Short text.')).toBe('Short text.');
    expect(excerpt('First sentence is here. Second sentence runs on and on', 40)).toBe('First sentence is here.');
    expect(excerpt('one two three four five six seven eight nine ten', 20)).toBe('one two three four…');
  });
});
