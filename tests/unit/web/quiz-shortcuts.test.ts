import { describe, expect, it } from 'vitest';
import { enterTargets, shortcutFor, typingTargets, type KeyPress } from '../../../src/components/quiz/shortcuts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  ...extra,
});
/** A target outside every special element (the page body). */
const body = () => false;
/** A target inside elements matching exactly this selector. */
const inside = (selector: string) => (s: string) => s === selector;

describe('quiz keyboard shortcuts', () => {
  it('map 1–9, S/U/G, N, P, F and Enter on the page', () => {
    expect(shortcutFor(press('1'), body)).toEqual({ kind: 'pick', n: 1 });
    expect(shortcutFor(press('9'), body)).toEqual({ kind: 'pick', n: 9 });
    expect(shortcutFor(press('s'), body)).toMatchObject({ kind: 'confidence', level: { value: 'sure' } });
    expect(shortcutFor(press('U'), body)).toMatchObject({ kind: 'confidence', level: { value: 'unsure' } });
    expect(shortcutFor(press('g'), body)).toMatchObject({ kind: 'confidence', level: { value: 'guess' } });
    expect(shortcutFor(press('n'), body)).toEqual({ kind: 'next' });
    expect(shortcutFor(press('P'), body)).toEqual({ kind: 'previous' });
    expect(shortcutFor(press('f'), body)).toEqual({ kind: 'flag' });
    expect(shortcutFor(press('Enter'), body)).toEqual({ kind: 'enter' });
  });
  it('leave other keys alone', () => {
    for (const key of ['0', 'a', 'x', 'Escape', 'Tab', ' ', 'ArrowDown', '10'])
      expect(shortcutFor(press(key), body)).toBe(undefined);
  });
  it('never take keys with Ctrl, Alt or Meta, or keys a widget already handled', () => {
    for (const extra of [{ ctrlKey: true }, { metaKey: true }, { altKey: true }, { defaultPrevented: true }]) {
      expect(shortcutFor(press('n', extra), body)).toBe(undefined);
      expect(shortcutFor(press('Enter', extra), body)).toBe(undefined);
    }
  });
  it('leave typing in text, number and file inputs, text areas and selects alone, except Enter in inputs', () => {
    const typing = inside(typingTargets);
    for (const key of ['1', 's', 'n', 'p', 'f']) expect(shortcutFor(press(key), typing)).toBe(undefined);
    expect(shortcutFor(press('Enter'), typing)).toEqual({ kind: 'enter' });
    for (const selector of [
      'input[type="text"]',
      'input[type="number"]',
      'textarea',
      'select',
      '[contenteditable="true"]',
    ])
      expect(typingTargets).toContain(selector);
  });
  it('leave Enter to buttons, links, summaries, selects and text areas', () => {
    expect(shortcutFor(press('Enter'), inside(enterTargets))).toBe(undefined);
    expect(shortcutFor(press('n'), inside(enterTargets))).toEqual({ kind: 'next' });
    for (const selector of ['button', 'a', 'summary', 'select', 'textarea'])
      expect(enterTargets.split(', ')).toContain(selector);
  });
});
