import { describe, expect, it } from 'vitest';
import { moveActive, searchCommand } from '../../../src/components/search/search-keys.ts';
import { searchDestination, searchStatus } from '../../../src/components/search/search-navigation.ts';
import { resultView } from '../../../src/components/search/search-results-view.ts';
import type { SearchRecord } from '../../../src/search/search-records.ts';

const press = (key: string, ctrlKey = false) => ({ key, ctrlKey });

describe('search keys', () => {
  it('the arrow keys move to the next and previous result', () => {
    expect(searchCommand(press('ArrowDown'))).toEqual({ kind: 'move', to: 'next' });
    expect(searchCommand(press('ArrowUp'))).toEqual({ kind: 'move', to: 'previous' });
  });
  it('Ctrl+Home and Ctrl+End jump to the first and last result; plain Home and End stay in the text', () => {
    expect(searchCommand(press('Home', true))).toEqual({ kind: 'move', to: 'first' });
    expect(searchCommand(press('End', true))).toEqual({ kind: 'move', to: 'last' });
    expect(searchCommand(press('Home'))).toBeUndefined();
    expect(searchCommand(press('End'))).toBeUndefined();
  });
  it('Enter opens the active result and Escape closes the dialog', () => {
    expect(searchCommand(press('Enter'))).toEqual({ kind: 'open' });
    expect(searchCommand(press('Escape'))).toEqual({ kind: 'close' });
  });
  it('letters and other keys are left to the input', () => {
    for (const key of ['a', 'Backspace', 'ArrowLeft', 'Tab', ' ']) expect(searchCommand(press(key))).toBeUndefined();
  });
});

describe('moving the active result', () => {
  it('down from the third of five results reaches the fourth', () => {
    expect(moveActive(2, 5, 'next')).toBe(3);
  });
  it('down from the last result wraps to the first, and up from the first to the last', () => {
    expect(moveActive(4, 5, 'next')).toBe(0);
    expect(moveActive(0, 5, 'previous')).toBe(4);
  });
  it('first and last ignore where the active result was', () => {
    expect(moveActive(3, 5, 'first')).toBe(0);
    expect(moveActive(1, 5, 'last')).toBe(4);
  });
  it('with a single result every move stays on it', () => {
    for (const to of ['next', 'previous', 'first', 'last'] as const) expect(moveActive(0, 1, to)).toBe(0);
  });
  it('with no results nothing is active', () => {
    for (const to of ['next', 'previous', 'first', 'last'] as const) expect(moveActive(-1, 0, to)).toBe(-1);
  });
});

describe('where a result leads', () => {
  const here = 'https://course.example/chapters/optimising-ct/';
  it('a section of the open chapter moves to its heading without loading the page', () => {
    expect(searchDestination('/chapters/optimising-ct/#arterial-phase', here)).toEqual({
      kind: 'same-page',
      hash: '#arterial-phase',
      headingId: 'arterial-phase',
    });
  });
  it('an encoded heading id is decoded', () => {
    const destination = searchDestination('/chapters/optimising-ct/#ga-68%20pet', here);
    expect(destination).toMatchObject({ kind: 'same-page', headingId: 'ga-68 pet' });
  });
  it('another page is loaded', () => {
    expect(searchDestination('/glossary/#insulinoma', here)).toEqual({
      kind: 'load',
      href: 'https://course.example/glossary/#insulinoma',
    });
  });
  it('the open page itself without a section is loaded again', () => {
    expect(searchDestination('/chapters/optimising-ct/', here)).toEqual({ kind: 'load', href: here });
  });
});

describe('the status line', () => {
  it('asks for a query when the input is empty', () => {
    expect(searchStatus('', [])).toBe('Type to search.');
  });
  it('says when nothing was found', () => {
    expect(searchStatus('xyzzy', [])).toBe('No results for “xyzzy”.');
  });
  it('counts the results and names the first', () => {
    expect(searchStatus('insulinoma', ['Insulinoma', 'Functioning tumours'])).toBe(
      '2 results for “insulinoma”; the first is Insulinoma.',
    );
    expect(searchStatus('choi', ['Choi criteria'])).toBe('1 result for “choi”; the first is Choi criteria.');
  });
});

describe('one result as shown', () => {
  const record = (kind: SearchRecord['kind'], excerpt?: string): SearchRecord => ({
    kind,
    title: 'Insulinoma',
    context: 'Functioning tumours',
    url: '/glossary/#insulinoma',
    ...(excerpt === undefined ? {} : { excerpt }),
  });
  it('a section shows its kind and where it lives', () => {
    expect(resultView({ record: record('section', 'Small and hypervascular.'), score: 0 }, 3)).toEqual({
      id: 'search-result-3',
      title: 'Insulinoma',
      kind: 'Section',
      context: ' · Functioning tumours',
      excerpt: 'Small and hypervascular.',
    });
  });
  it('a glossary term shows no context and no excerpt when it has none', () => {
    expect(resultView({ record: record('term'), score: 0.1 }, 0)).toMatchObject({
      kind: 'Glossary',
      context: '',
      excerpt: '',
    });
  });
});
